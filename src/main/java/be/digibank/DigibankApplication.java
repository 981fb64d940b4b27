package be.digibank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DigibankApplication {

	public static void main(String[] args) {
		SpringApplication.run(DigibankApplication.class, args);
	}
}
