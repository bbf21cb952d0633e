package org.smatracker.gap;

import java.time.LocalDate;

/** A round or meeting as a point in time of the gap table: positions reported up to its last day count. */
public record Meeting(long id, Integer roundNumber, String kind, LocalDate startDate, LocalDate lastDay) {

}
