package io.netobs.kentik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.http.RateLimit;
import io.netobs.http.testing.SuiteCoverage;
import io.netobs.kentik.cloudexport.model.CloudExport;
import io.netobs.kentik.cloudexport.model.CloudExportType;
import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.cloudexport.request.AwsSettings;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.CloudExportUpdate;
import io.netobs.kentik.cloudexport.request.GceSettings;
import io.netobs.testing.FakeKentik;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cloud exports against the stateful fake Kentik, through the client's v6 core. */
class FakeKentikCloudExportsTest {
  private final FakeKentik fake = FakeKentik.start();
  private final KentikClient kentik = FakeKentikTest.client(fake, RateLimit.unlimited());

  @AfterEach
  void close() {
    SuiteCoverage.record(FakeKentikCloudExportsTest.class, fake.journal());
    kentik.close();
    fake.close();
  }

  private static CloudExportCreate aws(String name) {
    return CloudExportCreate.builder()
        .name(name)
        .planId("11467")
        .cloudProvider(CloudProvider.AWS)
        .type(CloudExportType.KENTIK_MANAGED)
        .enabled(true)
        .aws(
            AwsSettings.builder()
                .iamRoleArn("arn:aws:iam::003740049406:role/kentik")
                .region("us-east-2")
                .bucket("flow-logs")
                .build())
        .build();
  }

  @Test
  void theV6RootIsTheFakesRoot() {
    assertThat(kentik.v6BaseUrl()).isEqualTo(fake.baseUrl());
  }

  @Test
  void createGetUpdateListDelete() {
    CloudExport created = kentik.cloudExports().create(aws("aws-prod"));
    assertThat(created.id()).isNotBlank();
    assertThat(created.currentStatus().status()).isEqualTo("OK");
    assertThat(created.cdate()).isNotNull();
    assertThat(created.aws().bucket()).isEqualTo("flow-logs");
    assertThat(fake.journal().last().path()).isEqualTo("/cloud_export/v202506/exports");

    CloudExport read = kentik.cloudExports().get(created.id());
    assertThat(read).isEqualTo(created);

    CloudExport moved =
        kentik
            .cloudExports()
            .update(
                read.id(),
                CloudExportUpdate.builder()
                    .from(read)
                    .name("gcp-prod")
                    .cloudProvider(CloudProvider.GCE)
                    .gce(GceSettings.builder().project("prod-123").build())
                    .enabled(false)
                    .build());
    assertThat(moved.name()).isEqualTo("gcp-prod");
    assertThat(moved.cdate()).isEqualTo(created.cdate());
    CloudExport again = kentik.cloudExports().get(created.id());
    assertThat(again.name()).as("get answers what the update set").isEqualTo("gcp-prod");
    assertThat(again.enabled()).isFalse();
    assertThat(again.gce().project()).isEqualTo("prod-123");
    assertThat(again.cloudProvider()).isEqualTo(CloudProvider.GCE);

    kentik.cloudExports().create(aws("aws-dev"));
    assertThat(kentik.cloudExports().list().exports())
        .extracting(CloudExport::name)
        .containsExactly("gcp-prod", "aws-dev");
    assertThat(kentik.cloudExports().list().invalidExportsCount()).isZero();

    kentik.cloudExports().delete(created.id());
    assertThat(kentik.cloudExports().list().exports())
        .extracting(CloudExport::name)
        .containsExactly("aws-dev");
    assertThat(fake.cloudExports()).hasSize(1);
  }

  @Test
  void anUnknownIdIsNotFoundWithTheGatewaysMessage() {
    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> kentik.cloudExports().get("404404"));
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("cloud export 404404 not found");
    CloudExportUpdate update =
        CloudExportUpdate.builder().name("x").planId("1").cloudProvider(CloudProvider.AWS).build();
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> kentik.cloudExports().update("404404", update)))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                NotFoundException.class, () -> kentik.cloudExports().delete("404404")))
        .isNotNull();
  }

  @Test
  void whatTheGatewayRefusesComesBackAsABadRequest() {
    CloudExportCreate unknownProvider =
        aws("x").toBuilder().cloudProvider(CloudProvider.of("CLOUD_PROVIDER_IBM")).build();
    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class, () -> kentik.cloudExports().create(unknownProvider));
    assertThat(e.getMessage()).contains("CloudProvider");
    assertThat(fake.cloudExports()).isEmpty();
  }
}
