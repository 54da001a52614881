package io.netobs.kentik;

import static io.netobs.kentik.MockKentik.body;
import static io.netobs.kentik.MockKentik.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netobs.http.BadRequestException;
import io.netobs.http.NotFoundException;
import io.netobs.kentik.cloudexport.model.CloudExport;
import io.netobs.kentik.cloudexport.model.CloudExportList;
import io.netobs.kentik.cloudexport.model.CloudExportSamplingType;
import io.netobs.kentik.cloudexport.model.CloudExportType;
import io.netobs.kentik.cloudexport.model.CloudProvider;
import io.netobs.kentik.cloudexport.request.AwsSettings;
import io.netobs.kentik.cloudexport.request.AzureSettings;
import io.netobs.kentik.cloudexport.request.CloudExportCreate;
import io.netobs.kentik.cloudexport.request.CloudExportUpdate;
import io.netobs.kentik.cloudexport.request.GceSettings;
import io.netobs.kentik.cloudexport.request.OciSettings;
import io.netobs.kentik.cloudexport.request.SamplingSettings;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wire shapes of the v6 Cloud Export API v202506, on the v6 gateway's root. */
class CloudExportsTest {
  /** An export as the gateway writes it: int64 as strings, enums by name, RFC 3339 times. */
  static final String EXPORT =
      q(
          "{'id': '5012', 'type': 'CLOUD_EXPORT_TYPE_KENTIK_MANAGED', 'enabled': true, 'name': 'aws-prod',"
              + " 'description': 'prod VPCs', 'planId': '11467', 'cloudProvider': 'CLOUD_PROVIDER_AWS',"
              + " 'aws': {'iamRoleArn': 'arn:aws:iam::003740049406:role/kentik', 'region': 'us-east-2',"
              + " 'metadataOnly': false, 'bucket': 'flow-logs', 'secondaryAwsAccounts': ['111', '222'],"
              + " 'futureFlag': true},"
              + " 'currentStatus': {'status': 'OK', 'errorMessage': '', 'flowFound': true,"
              + " 'apiAccess': true, 'storageAccountAccess': true},"
              + " 'cdate': '2025-06-11T09:30:00.123456Z', 'edate': '2025-06-12T10:00:00Z',"
              + " 'sampling': {'samplingEnabled': true, 'samplingType': 'CLOUD_EXPORT_SAMPLING_TYPE_RATE',"
              + " 'samplingRate': '1000'}, 'labels': ['prod']}");

  private final MockKentik kentik = new MockKentik();

  @AfterEach
  void close() {
    kentik.close();
  }

  @Test
  void listGoesToTheGatewayRootWithTheAccountsHeaders() {
    kentik.answer(200, "{\"exports\": [" + EXPORT + "], \"invalidExportsCount\": \"2\"}");

    CloudExportList list = kentik.client.cloudExports().list();

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/cloud_export/v202506/exports");
    assertThat(r.getHeaders().get("X-CH-Auth-Email")).isEqualTo(MockKentik.EMAIL);
    assertThat(r.getHeaders().get("X-CH-Auth-API-Token")).isEqualTo(MockKentik.TOKEN);
    assertThat(list.invalidExportsCount()).as("int64 as a string").isEqualTo(2);
    assertThat(list.exports()).hasSize(1);
    assertThat(list).containsExactlyElementsOf(list.exports());
  }

  @Test
  void anExportDecodesFromTheGatewaysShape() {
    kentik.answer(200, "{\"export\": " + EXPORT + "}");

    CloudExport e = kentik.client.cloudExports().get("5012");

    assertThat(kentik.take().getUrl().encodedPath())
        .isEqualTo("/cloud_export/v202506/exports/5012");
    assertThat(e.id()).isEqualTo("5012");
    assertThat(e.type()).isEqualTo(CloudExportType.KENTIK_MANAGED);
    assertThat(e.enabled()).isTrue();
    assertThat(e.planId()).isEqualTo("11467");
    assertThat(e.cloudProvider()).isEqualTo(CloudProvider.AWS);
    assertThat(e.aws().region()).isEqualTo("us-east-2");
    assertThat(e.aws().metadataOnly()).isFalse();
    assertThat(e.aws().collectFlowLogs()).as("absent").isNull();
    assertThat(e.aws().secondaryAwsAccounts()).containsExactly("111", "222");
    assertThat(e.aws().secondaryAwsRegions()).isEmpty();
    assertThat(e.aws().unknownFields()).containsEntry("futureFlag", true);
    assertThat(e.azure()).isNull();
    assertThat(e.currentStatus().status()).isEqualTo("OK");
    assertThat(e.currentStatus().flowFound()).isTrue();
    assertThat(e.cdate()).isEqualTo(Instant.parse("2025-06-11T09:30:00.123456Z"));
    assertThat(e.edate()).isEqualTo(Instant.parse("2025-06-12T10:00:00Z"));
    assertThat(e.sampling().samplingType()).isEqualTo(CloudExportSamplingType.RATE);
    assertThat(e.sampling().samplingRate()).isEqualTo(1000L);
    assertThat(e.unknownFields()).containsEntry("labels", List.of("prod"));
  }

  @Test
  void valuesThisSdkDoesNotKnowAreKept() {
    kentik.answer(
        200,
        q(
            "{'export': {'id': '7', 'type': 'CLOUD_EXPORT_TYPE_SELF_HOSTED', 'name': 'n', 'planId': 3,"
                + " 'cloudProvider': 'CLOUD_PROVIDER_IBM', 'sampling': {'samplingType': 2,"
                + " 'samplingRate': 50}}}"));

    CloudExport e = kentik.client.cloudExports().get("7");

    assertThat(e.type().isKnown()).isFalse();
    assertThat(e.type().value()).isEqualTo("CLOUD_EXPORT_TYPE_SELF_HOSTED");
    assertThat(e.cloudProvider().value()).isEqualTo("CLOUD_PROVIDER_IBM");
    assertThat(e.planId()).as("a number where a string is documented").isEqualTo("3");
    assertThat(e.sampling().samplingType().value()).as("an enum as a number").isEqualTo("2");
    assertThat(e.sampling().samplingRate()).isEqualTo(50L);
    assertThat(e.enabled()).as("false is left out by the gateway").isFalse();
  }

  @Test
  void createSendsTheExportWrapped() {
    kentik.answer(200, "{\"export\": " + EXPORT + "}");

    CloudExport created =
        kentik
            .client
            .cloudExports()
            .create(
                CloudExportCreate.builder()
                    .name("aws-prod")
                    .planId("11467")
                    .cloudProvider(CloudProvider.AWS)
                    .type(CloudExportType.KENTIK_MANAGED)
                    .enabled(true)
                    .aws(
                        AwsSettings.builder()
                            .iamRoleArn("arn:aws:iam::003740049406:role/kentik")
                            .region("us-east-2")
                            .bucket("flow-logs")
                            .collectFlowLogs(true)
                            .secondaryAwsAccounts(List.of("111", "222"))
                            .build())
                    .sampling(
                        SamplingSettings.builder()
                            .samplingType(CloudExportSamplingType.RATE)
                            .samplingRate(1000)
                            .build())
                    .build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/cloud_export/v202506/exports");
    assertThat(body(r))
        .isEqualTo(
            q(
                "{'export':{'name':'aws-prod','planId':'11467','cloudProvider':'CLOUD_PROVIDER_AWS',"
                    + "'type':'CLOUD_EXPORT_TYPE_KENTIK_MANAGED','enabled':true,"
                    + "'aws':{'iamRoleArn':'arn:aws:iam::003740049406:role/kentik','region':'us-east-2',"
                    + "'bucket':'flow-logs','collectFlowLogs':true,'secondaryAwsAccounts':['111','222']},"
                    + "'sampling':{'samplingType':'CLOUD_EXPORT_SAMPLING_TYPE_RATE','samplingRate':'1000'}}}"));
    assertThat(created.id()).isEqualTo("5012");
  }

  @Test
  void theOtherProvidersSettingsAreSentByTheirNames() {
    kentik.answer(200, "{\"export\": {\"id\": \"1\"}}");

    kentik
        .client
        .cloudExports()
        .create(
            CloudExportCreate.builder()
                .name("multi")
                .planId("1")
                .cloudProvider(CloudProvider.AZURE)
                .azure(
                    AzureSettings.builder()
                        .location("westeurope")
                        .resourceGroup("rg")
                        .storageAccount("sa")
                        .subscriptionId("sub")
                        .securityPrincipalEnabled(true)
                        .build())
                .gce(GceSettings.builder().project("p").subscription("s").build())
                .oci(
                    OciSettings.builder()
                        .ociTenancyId("t")
                        .ociDefaultRegion("eu-frankfurt-1")
                        .ociCompartmentId(List.of("c1"))
                        .build())
                .build());

    assertThat(body(kentik.take()))
        .isEqualTo(
            q(
                "{'export':{'name':'multi','planId':'1','cloudProvider':'CLOUD_PROVIDER_AZURE',"
                    + "'azure':{'location':'westeurope','resourceGroup':'rg','storageAccount':'sa',"
                    + "'subscriptionId':'sub','securityPrincipalEnabled':true},"
                    + "'gce':{'project':'p','subscription':'s'},"
                    + "'oci':{'ociTenancyId':'t','ociDefaultRegion':'eu-frankfurt-1','ociCompartmentId':['c1']}}}"));
  }

  @Test
  void updateReplacesTheExportFromTheOneRead() {
    kentik.answer(200, "{\"export\": " + EXPORT + "}");
    kentik.answer(200, "{\"export\": " + EXPORT + "}");
    CloudExport read = kentik.client.cloudExports().get("5012");
    kentik.take();

    kentik
        .client
        .cloudExports()
        .update(read.id(), CloudExportUpdate.builder().from(read).enabled(false).build());

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/cloud_export/v202506/exports/5012");
    String sent = body(r);
    assertThat(sent)
        .startsWith(
            q(
                "{'export':{'type':'CLOUD_EXPORT_TYPE_KENTIK_MANAGED','enabled':false,'name':'aws-prod',"
                    + "'description':'prod VPCs','planId':'11467','cloudProvider':'CLOUD_PROVIDER_AWS',"
                    + "'aws':{'iamRoleArn':'arn:aws:iam::003740049406:role/kentik','region':'us-east-2',"
                    + "'metadataOnly':false,'bucket':'flow-logs'"))
        .contains(q("'futureFlag':true"), q("'labels':['prod']"), q("'samplingRate':1000"))
        .doesNotContain("\"id\"", "currentStatus", "cdate", "edate");
  }

  @Test
  void deleteSendsTheIdAndReadsTheEmptyAnswer() {
    kentik.answer(200, "{}");

    kentik.client.cloudExports().delete("5012");

    RecordedRequest r = kentik.take();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo("/cloud_export/v202506/exports/5012");
  }

  @Test
  void theGatewaysErrorsAreTypedWithTheirMessage() {
    kentik.answer(404, q("{'code': 5, 'message': 'cloud export 99 not found', 'details': []}"));
    NotFoundException missing =
        catchThrowableOfType(NotFoundException.class, () -> kentik.client.cloudExports().get("99"));
    assertThat(missing.getMessage()).contains("cloud export 99 not found");

    kentik.answer(
        400,
        q("{'code': 3, 'message': 'invalid CloudExport.name: value is required', 'details': []}"));
    CloudExportUpdate update =
        CloudExportUpdate.builder().name("x").planId("1").cloudProvider(CloudProvider.GCE).build();
    assertThatThrownBy(() -> kentik.client.cloudExports().update("5", update))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("value is required");
  }

  @Test
  void whatTheApiRequiresIsRefusedBeforeSending() {
    assertThatThrownBy(
            () -> CloudExportCreate.builder().planId("1").cloudProvider(CloudProvider.AWS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CloudExportCreate: name is required");
    assertThatThrownBy(() -> CloudExportCreate.builder().name("n").planId("1").build())
        .hasMessage("CloudExportCreate: cloudProvider is required");
    assertThatThrownBy(() -> CloudExportUpdate.builder().name("n").build())
        .hasMessage("CloudExportUpdate: planId is required");
    assertThatThrownBy(() -> CloudExportCreate.builder().name(" "))
        .hasMessageContaining("name is required");
    assertThatThrownBy(() -> kentik.client.cloudExports().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThat(kentik.server.getRequestCount()).isZero();
  }

  @Test
  void theV6HostFollowsTheRegion() {
    try (KentikClient eu =
            KentikClient.builder().email("a@b.c").apiToken("t").region(KentikRegion.EU).build();
        KentikClient us = KentikClient.builder().email("a@b.c").apiToken("t").build()) {
      assertThat(eu.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.eu");
      assertThat(us.v6BaseUrl()).isEqualTo("https://grpc.api.kentik.com");
    }
    assertThat(kentik.client.v6BaseUrl() + "/cloud_export/v202506/exports")
        .isEqualTo(kentik.server.url("/cloud_export/v202506/exports").toString());
  }
}
