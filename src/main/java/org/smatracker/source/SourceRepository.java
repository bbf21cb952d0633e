package org.smatracker.source;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface SourceRepository extends Repository<Source, Long> {

	Optional<Source> findByCode(String code);

	List<Source> findAllByOrderByCode();

	Source save(Source source);

	Source saveAndFlush(Source source);

	/** The sources page: one page of sources by code. */
	@Query("select s from Source s order by s.code")
	Page<Source> findForSourcesPage(Pageable pageable);

	Optional<Source> findById(Long id);

	List<Source> findByIdIn(Collection<Long> ids);

	/** The source already on record for an article's address, so the same article is cited once. */
	Optional<Source> findFirstByUrlOrderByIdAsc(String url);

	long count();

}
