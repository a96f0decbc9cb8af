package dk.tillid;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class TillidApplication {

    /** Options that run one task and exit, without serving the web. */
    static final String[] COMMANDS = {"--verify-audit", "--rotate-master-key", "--backup"};
    /**
     * Options with a value ({@code --restore=<backup>}) that do the same; a restore must never serve a
     * request, so {@code --restore} without its value is a command too (it prints its usage and exits).
     */
    static final String[] COMMANDS_WITH_VALUE = {"--restore"};

    public static void main(String[] args) {
        if (isCommand(args)) {
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(TillidApplication.class)
                    .web(WebApplicationType.NONE).run(args)));
        }
        SpringApplication.run(TillidApplication.class, args);
    }

    static boolean isCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> Arrays.asList(COMMANDS).contains(arg)
                || Arrays.stream(COMMANDS_WITH_VALUE).anyMatch(arg::startsWith));
    }
}
