package org.smatracker.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AppointmentRepository extends Repository<Appointment, Long> {

	// A fetch join, not an entity graph, so that Hibernate translates the query once (see AgreementRepository).
	@Query("""
			select a from Appointment a join fetch a.negotiator left join fetch a.sources
			where a.negotiation.smaNumber = :smaNumber
			order by a.fromDate, a.id""")
	List<Appointment> findByNegotiationSmaNumberOrderByFromDateAscIdAsc(int smaNumber);

}
