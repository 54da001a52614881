package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;

import io.netobs.http.testing.SuiteCoverage;
import io.netobs.testing.Catalogue;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Checks that the tests which drive the fake Kentik through the SDK got a success answer for every
 * operation of the catalogue. {@link SuiteCoverage} runs those tests itself when their results are
 * not in this JVM, so the check passes alone; the order (last, see junit-platform.properties) only
 * spares the full build from running them twice.
 */
@Order(Integer.MAX_VALUE)
class OperationCoverageTest {
  @Test
  void everyCatalogueOperationWasAnsweredWithSuccessByTheFake() {
    Catalogue catalogue = Catalogue.kentik();
    List<String> keys = catalogue.operations().stream().map(Catalogue.Operation::key).toList();
    Set<String> answered =
        SuiteCoverage.answered(
            keys,
            FakeKentikTest.class,
            FakeKentikSyntheticsTest.class,
            FakeKentikUsersTest.class,
            FakeKentikDevicesTest.class,
            FakeKentikCloudExportsTest.class,
            FakeKentikAlertingTest.class);
    List<Catalogue.Operation> missing = catalogue.missing(answered);
    System.out.println(
        "Kentik operations covered: "
            + (catalogue.operations().size() - missing.size())
            + "/"
            + catalogue.operations().size());
    assertThat(missing)
        .as("catalogue operations the suite never got a success answer for")
        .isEmpty();
    assertThat(catalogue.operations()).hasSize(85);
  }
}
