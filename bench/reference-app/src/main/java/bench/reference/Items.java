package bench.reference;

import org.springframework.data.jpa.repository.JpaRepository;

interface Items extends JpaRepository<Item, Long> {

}
