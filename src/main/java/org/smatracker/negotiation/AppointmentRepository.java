package org.smatracker.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface AppointmentRepository extends Repository<Appointment, Long> {

	@EntityGraph(attributePaths = { "negotiator", "sources" })
	List<Appointment> findByNegotiationSmaNumberOrderByFromDateAscIdAsc(int smaNumber);

}
