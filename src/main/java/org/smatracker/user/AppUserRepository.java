package org.smatracker.user;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface AppUserRepository extends Repository<AppUser, Long> {

	Optional<AppUser> findByUsername(String username);

	Optional<AppUser> findById(Long id);

	List<AppUser> findAllByOrderByUsername();

	AppUser save(AppUser user);

	long count();

}
