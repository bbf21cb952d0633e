package org.smatracker;

import java.util.Set;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.or;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries the code relies on, checked instead of promised in comments: the gap engine and the
 * rule classes are plain Java (no Spring, JPA, Hibernate, servlet or validation types, no entities),
 * and the feature packages depend on each other one way only.
 */
@AnalyzeClasses(locations = ArchitectureTest.ApplicationClasses.class)
class ArchitectureTest {

	/**
	 * The application's compiled classes, where the main class was loaded from (target/classes). Naming
	 * the package instead made ArchUnit open every jar on the test classpath to look for it.
	 */
	static final class ApplicationClasses implements LocationProvider {

		@Override
		public Set<Location> get(Class<?> testClass) {
			return Set.of(Location.of(SmaTrackerApplication.class.getProtectionDomain().getCodeSource().getLocation()));
		}

	}

	private static final String[] FRAMEWORK = { "org.springframework..", "jakarta.persistence..", "org.hibernate..",
			"jakarta.servlet..", "jakarta.validation..", "jakarta.transaction.." };

	@ArchTest
	static final ArchRule gapIsPlainJava = noClasses().that()
		.resideInAPackage("org.smatracker.gap..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FRAMEWORK)
		.orShould()
		.dependOnClassesThat()
		.areAnnotatedWith(jakarta.persistence.Entity.class)
		.because("the gap arithmetic is unit-tested without a database or a container");

	@ArchTest
	static final ArchRule gapReadsOnlyTheSharedWords = classes().that()
		.resideInAPackage("org.smatracker.gap..")
		.should()
		.onlyDependOnClassesThat(or(resideInAPackage("java.."), resideInAPackage("org.smatracker.gap.."),
				resideInAPackage("org.smatracker.model.."), resideInAPackage("org.smatracker.money..")))
		.because("the engine is fed plain values (GapInput), never records");

	@ArchTest
	static final ArchRule rulesArePlainJava = noClasses().that()
		.haveSimpleNameEndingWith("Rules")
		.or()
		.haveFullyQualifiedName("org.smatracker.money.ExchangeRateTable")
		.or()
		.haveFullyQualifiedName("org.smatracker.money.MoneyFormat")
		.or()
		.haveFullyQualifiedName("org.smatracker.money.PlausibleAmounts")
		.or()
		.haveFullyQualifiedName("org.smatracker.agreement.EscalationSchedule")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(FRAMEWORK)
		.because("rules are plain classes used by forms, the API and import alike");

	@ArchTest
	static final ArchRule featuresFormNoCycle = slices().matching("org.smatracker.(*)..")
		.should()
		.beFreeOfCycles();

}
