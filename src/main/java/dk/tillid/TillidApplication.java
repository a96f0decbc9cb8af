package dk.tillid;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

@SpringBootApplication
public class TillidApplication {

    /** Options that run one task and exit, without serving the web. */
    static final String[] COMMANDS = {"--verify-audit", "--rotate-master-key"};

    public static void main(String[] args) {
        if (Arrays.stream(args).anyMatch(arg -> Arrays.asList(COMMANDS).contains(arg))) {
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(TillidApplication.class)
                    .web(WebApplicationType.NONE).run(args)));
        }
        SpringApplication.run(TillidApplication.class, args);
    }
}
