package org.smatracker.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppointmentRepository extends Repository<Appointment, Long> {

	/** A negotiation's appointments with their people and sources, in date order (fetch joins, as for positions). */
	@Query("""
			select a from Appointment a join fetch a.negotiator left join fetch a.sources
			where a.negotiationId = :negotiationId
			order by a.fromDate, a.id""")
	List<Appointment> findForNegotiation(long negotiationId);

}
