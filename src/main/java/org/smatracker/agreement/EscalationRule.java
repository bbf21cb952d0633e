package org.smatracker.agreement;

/** How an agreement's amount grows after its first year. */
public enum EscalationRule {

	NONE, FIXED_PERCENT, CPI_LINKED, DEFENCE_BUDGET_LINKED, FROZEN

}
