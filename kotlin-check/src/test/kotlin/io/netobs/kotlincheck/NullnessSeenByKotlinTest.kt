package io.netobs.kotlincheck

import io.netobs.extrahop.model.DetectionStatus
import io.netobs.extrahop.model.Tag
import io.netobs.kentik.model.TopXRow
import kotlin.test.Test
import kotlin.test.assertEquals

/**
 * Compiled by the build with the Kotlin compiler's defaults and -Werror: a non-null accessor is used
 * as a plain Kotlin type, without `!!`, and a @Nullable one only through `?.` or `?:`. Were the
 * annotations not seen, the accessors would be platform types and the nullable one could be used as
 * `String` without a safe call; that it cannot is shown by [NullnessErrorsTest].
 */
class NullnessSeenByKotlinTest {
  @Test
  fun nonNullAccessorsAreKotlinNonNullTypes() {
    val status = DetectionStatus.of("in_progress")
    val value: String = status.value()
    assertEquals("in_progress", value)

    val tag = Tag(7L, null, "web servers", emptyMap())
    val unknown: Map<String, Any?> = tag.unknownFields()
    assertEquals(0, unknown.size)
  }

  @Test
  fun nullableAccessorsAreUsedThroughSafeCallsAndElvis() {
    val named = Tag(7L, null, "web servers", emptyMap())
    val unnamed = Tag(8L, null, null, emptyMap())
    assertEquals(11, named.name()?.length)
    assertEquals("(no name)", unnamed.name() ?: "(no name)")
    assertEquals(null, unnamed.modTime()?.toEpochMilli())

    val row = TopXRow("10.0.0.1", null, mapOf("avg_bits_per_sec" to 1.5), emptyMap(), emptyMap())
    val label: String = row.name() ?: row.key() ?: "?"
    assertEquals("10.0.0.1", label)
    val values: Map<String, Double> = row.values()
    assertEquals(1.5, values["avg_bits_per_sec"])
  }
}
