package org.smatracker.gap;

/** The 11th SMA of the domain notes' worked example, analysed, for tests outside this package. */
public final class WorkedExample {

	private WorkedExample() {
	}

	public static GapAnalysis eleventhSma() {
		GapCalculatorTest example = new GapCalculatorTest();
		example.eleventhSma();
		return example.analyse(null, false);
	}

}
