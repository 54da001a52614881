package io.netobs.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against fake servers: any test, lifecycle method or constructor parameter of
 * type {@link FakeKentik} gets a fake started for the class on a free port and closed after it.
 *
 * <pre>{@code
 * @FakeServersTest
 * class TagSyncTest {
 *   @Test
 *   void createsTags(FakeKentik kentik) {
 *     ...
 *     assertThat(kentik.tags()).hasSize(2);
 *   }
 * }
 * }</pre>
 *
 * <p>Before each test the journal is cleared and the faults are removed; the fake's objects are
 * kept across the tests of a class unless {@link #resetStateBeforeEachTest()} says otherwise. See
 * {@link FakeServersExtension}.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeServersExtension.class)
public @interface FakeServersTest {
  /**
   * Whether each test starts from an empty (or sample) state instead of what earlier tests of the
   * class left.
   */
  boolean resetStateBeforeEachTest() default false;

  /**
   * Whether the Kentik fake starts with its sample objects (see {@link
   * FakeKentik.Builder#sampleData}).
   */
  boolean kentikSampleData() default false;
}
