package org.smatracker.money;

/** The only two currencies SMA amounts are stated in. */
public enum Currency {

	KRW, USD

}
