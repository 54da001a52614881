package io.netobs.extrahop;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.Catalogue;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Checks that the tests which drive the fake ExtraHop through the SDK got a success answer for
 * every operation of the catalogue. {@link SuiteCoverage} runs those tests itself when their
 * results are not in this JVM, so each check passes alone; the order (last, see
 * junit-platform.properties) only spares the full build from running them twice.
 */
@Order(Integer.MAX_VALUE)
class OperationCoverageTest {
  @Test
  void everyCatalogueOperationWasAnsweredWithSuccessByTheFake() {
    Catalogue catalogue = Catalogue.extraHop();
    List<String> keys = catalogue.operations().stream().map(Catalogue.Operation::key).toList();
    Set<String> answered =
        SuiteCoverage.answered(
            keys,
            FakeExtraHopTest.class,
            FakeExtraHopQueriesTest.class,
            FakeExtraHopFirmwareTest.class,
            FakeExtraHopDevicesTest.class,
            FakeExtraHopDetectionsTest.class,
            FakeExtraHopSearchTest.class,
            FakeExtraHopAdministrationTest.class,
            FakeExtraHopAdminTest.class);
    List<Catalogue.Operation> missing = catalogue.missing(answered);
    System.out.println(
        "ExtraHop operations covered: "
            + (catalogue.operations().size() - missing.size())
            + "/"
            + catalogue.operations().size());
    assertThat(missing)
        .as("catalogue operations the suite never got a success answer for")
        .isEmpty();
  }

  @Test
  void theResourceTestsAloneAnswerEveryOperationOfTheirResourcesWithSuccess() throws IOException {
    Set<String> rows = CatalogueTest.catalogueRows();
    Set<String> missing = new TreeSet<>(rows);
    missing.removeAll(SuiteCoverage.answered(rows, FakeExtraHopTest.class));
    assertThat(missing)
        .as("catalogue operations never answered with success by the fake")
        .isEmpty();
  }
}
