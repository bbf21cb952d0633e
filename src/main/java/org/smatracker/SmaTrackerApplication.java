package org.smatracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SmaTrackerApplication {

	public static void main(String[] args) {
		SpringApplication.run(SmaTrackerApplication.class, args);
	}

}
