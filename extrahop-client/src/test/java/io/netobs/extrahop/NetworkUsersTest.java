package io.netobs.extrahop;

import static io.netobs.extrahop.TestCores.json;
import static io.netobs.extrahop.TestCores.noContent;
import static io.netobs.extrahop.TestCores.pathAndQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netobs.extrahop.model.FilterOperator;
import io.netobs.extrahop.model.NetworkUser;
import io.netobs.extrahop.model.NetworkUserFlag;
import io.netobs.extrahop.model.Tag;
import io.netobs.extrahop.request.DeviceFilter;
import io.netobs.extrahop.request.NetworkUserSearch;
import io.netobs.extrahop.request.NetworkUserTagUpdate;
import io.netobs.extrahop.request.NetworkUserUpdate;
import io.netobs.http.DecodingException;
import io.netobs.http.NotFoundException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NetworkUsersTest extends MockServerTest {
  private NetworkUsers users;

  @BeforeEach
  void start() {
    users = new NetworkUsers(core);
  }

  @Test
  void aPageWithANullItemIsADecodingFailureNotANullPointer() {
    server.enqueue(json("[{\"username\": \"a\"}, null]"));
    assertThatThrownBy(
            () -> users.search(NetworkUserSearch.builder().pageSize(5).build()).stream().toList())
        .isInstanceOf(DecodingException.class)
        .hasMessageContaining("item 1 of the array is null");
  }

  @Test
  void searchSendsTheFilterAndWindowAndPagesByOffset() throws Exception {
    server.enqueue(json("[{\"username\": \"a\"}, {\"username\": \"b\"}]"));
    server.enqueue(json("[{\"username\": \"c\", \"domain\": \"CORP\", \"risk\": 3}]"));
    NetworkUserSearch search =
        NetworkUserSearch.builder()
            .filter(
                DeviceFilter.builder()
                    .field("domain")
                    .operator(FilterOperator.EQUALS)
                    .operand("CORP")
                    .build())
            .activeFrom(ExtraHopTime.parse("-1d"))
            .pageSize(2)
            .build();

    List<NetworkUser> found = users.search(search).stream().toList();

    assertThat(found).extracting(NetworkUser::username).containsExactly("a", "b", "c");
    assertThat(found.get(2).unknownFields()).containsEntry("risk", 3);
    RecordedRequest first = server.takeRequest();
    assertThat(first.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(first)).isEqualTo("/api/v1/networkusers/search");
    assertThat(first.getBody().utf8())
        .isEqualTo(
            "{\"filter\":{\"field\":\"domain\",\"operator\":\"=\",\"operand\":\"CORP\"},"
                + "\"active_from\":\"-1d\",\"limit\":2,\"offset\":0}");
    assertThat(server.takeRequest().getBody().utf8()).endsWith("\"limit\":2,\"offset\":2}");
  }

  @Test
  void getUpdateAndTagsOfOneUserByItsEncodedName() throws Exception {
    server.enqueue(
        json(
            """
        {"username": "CORP\\\\alice", "domain": "CORP", "custom_high_influence": "auto",
         "custom_high_privilege": "yes", "last_seen_time": 1700000000000}"""));
    server.enqueue(noContent());
    server.enqueue(json("[{\"id\": 4, \"name\": \"vip\"}]"));
    server.enqueue(noContent());

    NetworkUser alice = users.get("CORP\\alice");
    users.update(
        "CORP\\alice",
        NetworkUserUpdate.builder()
            .customHighInfluence(NetworkUserFlag.NO)
            .customHighPrivilege(NetworkUserFlag.AUTO)
            .build());
    List<Tag> tags = users.tags("CORP\\alice");
    users.updateTags(
        "CORP\\alice", NetworkUserTagUpdate.builder().assign("4").unassign("5").build());

    assertThat(alice.username()).isEqualTo("CORP\\alice");
    assertThat(alice.customHighPrivilege()).isEqualTo(NetworkUserFlag.YES);
    assertThat(tags).extracting(Tag::name).containsExactly("vip");
    RecordedRequest get = server.takeRequest();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(pathAndQuery(get)).isEqualTo("/api/v1/networkusers/users/CORP%5Calice");
    RecordedRequest patch = server.takeRequest();
    assertThat(patch.getMethod()).isEqualTo("PATCH");
    assertThat(patch.getBody().utf8())
        .isEqualTo("{\"custom_high_influence\":\"no\",\"custom_high_privilege\":\"auto\"}");
    assertThat(pathAndQuery(server.takeRequest()))
        .isEqualTo("/api/v1/networkusers/users/CORP%5Calice/tags");
    RecordedRequest assign = server.takeRequest();
    assertThat(assign.getMethod()).isEqualTo("POST");
    assertThat(pathAndQuery(assign)).isEqualTo("/api/v1/networkusers/users/CORP%5Calice/tags");
    assertThat(assign.getBody().utf8()).isEqualTo("{\"assign\":[\"4\"],\"unassign\":[\"5\"]}");
  }

  @Test
  void bulkTagsNameTheUsers() throws Exception {
    server.enqueue(noContent());

    users.updateTags(
        NetworkUserTagUpdate.builder().usernames("alice", "bob").unassign("9").build());

    RecordedRequest request = server.takeRequest();
    assertThat(pathAndQuery(request)).isEqualTo("/api/v1/networkusers/tags");
    assertThat(request.getBody().utf8())
        .isEqualTo("{\"usernames\":[\"alice\",\"bob\"],\"unassign\":[\"9\"]}");
  }

  @Test
  void anUnknownUserIsNotFound() {
    server.enqueue(json(404, "{\"error_message\": \"No network user zed\"}"));

    assertThatThrownBy(() -> users.get("zed"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("No network user zed");
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    NetworkUserTagUpdate one = NetworkUserTagUpdate.builder().assign("1").build();
    NetworkUserTagUpdate many = NetworkUserTagUpdate.builder().usernames("a").assign("1").build();
    assertThatThrownBy(() -> users.get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("username");
    assertThatThrownBy(() -> users.update("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("update");
    assertThatThrownBy(() -> NetworkUserUpdate.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nothing to update");
    assertThatThrownBy(() -> NetworkUserTagUpdate.builder().usernames("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assign or unassign");
    assertThatThrownBy(() -> NetworkUserTagUpdate.builder().assign("1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assign");
    assertThatThrownBy(() -> users.updateTags(one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usernames");
    assertThatThrownBy(() -> users.updateTags("a", many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("usernames");
    assertThatThrownBy(() -> users.search(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("search");
    assertThat(server.getRequestCount()).isZero();
  }
}
