package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netobs.testing.Catalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see junit-platform.properties) and checks that the suite, taken
 * together, sent every operation of the ExtraHop catalogue to the fake and got a success answer.
 */
@Order(Integer.MAX_VALUE)
class OperationCoverageTest {
  @Test
  void everyCatalogueOperationWasAnsweredWithSuccessByTheFake() {
    assumeTrue(SuiteCoverage.contributors().containsAll(Set.of("FakeExtraHopTest", "FakeExtraHopQueriesTest")),
        "the coverage check needs the whole suite, not a selection of it");
    Catalogue catalogue = Catalogue.extraHop();
    List<Catalogue.Operation> missing = catalogue.missing(SuiteCoverage.answered());
    System.out.println("ExtraHop operations covered: " + (catalogue.operations().size() - missing.size()) + "/" + catalogue.operations().size());
    assertThat(missing).as("catalogue operations the suite never got a success answer for").isEmpty();
  }
}
