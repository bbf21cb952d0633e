package org.smatracker.user;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends Repository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	Optional<AppUser> findById(Long id);

	List<AppUser> findAllByOrderByUsername();

	AppUser save(AppUser user);

	long count();

	/**
	 * One failed sign-in, counted in one statement so that parallel guesses cannot overwrite each
	 * other's count: the one that reaches {@code max} locks the account until {@code until} and
	 * starts the count again.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update AppUser u set
			  u.lockedUntil = case when u.failedAttempts + 1 >= :max then :until else u.lockedUntil end,
			  u.failedAttempts = case when u.failedAttempts + 1 >= :max then 0 else u.failedAttempts + 1 end,
			  u.version = u.version + 1
			where u.username = :username""")
	int recordFailure(@Param("username") String username, @Param("max") int max, @Param("until") Instant until);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update AppUser u set u.failedAttempts = 0, u.lockedUntil = null, u.version = u.version + 1
			where u.username = :username and (u.failedAttempts > 0 or u.lockedUntil is not null)""")
	int recordSuccess(@Param("username") String username);

	@Query("select count(u) > 0 from AppUser u where u.username = :username and u.lockedUntil > :now")
	boolean isLocked(@Param("username") String username, @Param("now") Instant now);

}
