package org.smatracker.datahealth;

import java.util.List;

/** One consistency rule over the whole record. */
interface Rule {

	/** The rule's name in findings, in acknowledgements and in the documentation. */
	String code();

	List<Finding> check(Facts facts);

}
