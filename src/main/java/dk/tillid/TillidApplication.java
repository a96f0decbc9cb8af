package dk.tillid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TillidApplication {

    public static void main(String[] args) {
        SpringApplication.run(TillidApplication.class, args);
    }
}
