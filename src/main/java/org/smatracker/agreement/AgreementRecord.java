package org.smatracker.agreement;

import java.util.List;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every agreement with its years, and every statement made during a term with its agreement and sources:
 * what the timeline and the compare page read of the agreements at each view. Cached per instance by
 * {@link org.smatracker.system.DataVersion#ofAllButPositions()}, as a negotiation's record parts are: an
 * edited position (the commonest write while talks go on) leaves it as it was, so the timeline after one
 * reads three statements fewer, each a round trip on PostgreSQL.
 * <p>
 * Its entities are detached once read and shared by every request until the version moves: what the
 * pages read of them is fetched here (the years; a statement's agreement and sources), and nothing may
 * change them.
 */
@Component
public class AgreementRecord {

	private final AgreementRepository agreements;

	private final TermStatementRepository statements;

	AgreementRecord(AgreementRepository agreements, TermStatementRepository statements) {
		this.agreements = agreements;
		this.statements = statements;
	}

	/** Every agreement with its years, by SMA number. */
	@Cacheable(cacheNames = "recordParts", key = "{'agreements', @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public List<Agreement> agreements() {
		return List.copyOf(agreements.findAllByOrderBySmaNumber());
	}

	/** Every statement made during a term with its agreement and sources, by date, then by id. */
	@Cacheable(cacheNames = "recordParts", key = "{'statements', @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public List<TermStatement> statements() {
		return List.copyOf(statements.findAllWithAgreementAndSources());
	}

}
