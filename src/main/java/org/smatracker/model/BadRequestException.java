package org.smatracker.model;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request whose parameters make no sense (a page beyond the limits, a range that ends before it starts). */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class BadRequestException extends RuntimeException {

	public BadRequestException(String detail) {
		super(detail);
	}

}
