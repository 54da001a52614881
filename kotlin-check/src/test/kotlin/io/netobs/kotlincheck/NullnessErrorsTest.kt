package io.netobs.kotlincheck

import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import kotlin.test.Test
import kotlin.test.assertEquals
import kotlin.test.assertTrue
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler

/**
 * Compiles snippets against the SDK with the embedded Kotlin compiler and checks what it says: the
 * negative side of [NullnessSeenByKotlinTest]. With the compiler's default JSpecify mode, a
 * @Nullable accessor assigned to `String` is a compile error, and `?:` on a non-null accessor is
 * flagged as useless (so the accessor is not a platform type). Each failing snippet has a passing
 * twin, so a failure is the nullness check's and not the set-up's.
 */
class NullnessErrorsTest {
  private class Result(val exitCode: ExitCode, val messages: String)

  private fun compile(source: String, vararg extraArgs: String): Result {
    val dir = Files.createTempDirectory("kotlin-check").toFile()
    try {
      val file = File(dir, "Snippet.kt")
      file.writeText(source)
      val out = ByteArrayOutputStream()
      // The test's own class path (the SDK, JSpecify, the Kotlin standard library), without entries
      // that do not exist, which the compiler would warn about.
      val classPath =
          (System.getProperty("surefire.test.class.path") ?: System.getProperty("java.class.path"))
              .split(File.pathSeparator)
              .filter { File(it).exists() }
              .joinToString(File.pathSeparator)
      val args =
          listOf(
              "-classpath",
              classPath,
              "-d",
              File(dir, "classes").path,
              "-no-stdlib",
              "-no-reflect",
              "-jvm-target",
              "17",
          ) + extraArgs + file.path
      val exitCode = K2JVMCompiler().exec(PrintStream(out, true, "UTF-8"), *args.toTypedArray())
      return Result(exitCode, out.toString("UTF-8"))
    } finally {
      dir.deleteRecursively()
    }
  }

  private val nullableAsString =
      """
      import io.netobs.extrahop.model.Tag
      fun name(tag: Tag): String {
        val name: String = tag.name()
        return name
      }
      """
          .trimIndent()

  @Test
  fun nullableAccessorAssignedToNonNullStringIsAnError() {
    val result = compile(nullableAsString)
    assertEquals(ExitCode.COMPILATION_ERROR, result.exitCode, result.messages)
    assertTrue(result.messages.contains("Snippet.kt:3:"), result.messages)
    assertTrue(result.messages.contains("mismatch", ignoreCase = true), result.messages)
    assertTrue(result.messages.contains("String?"), result.messages)
  }

  @Test
  fun theSameAccessorThroughElvisCompiles() {
    val result =
        compile(
            """
            import io.netobs.extrahop.model.Tag
            fun name(tag: Tag): String {
              val name: String = tag.name() ?: "(no name)"
              return name
            }
            """
                .trimIndent())
    assertEquals(ExitCode.OK, result.exitCode, result.messages)
  }

  @Test
  fun strictIsTheDefaultMode() {
    // Relaxed to warnings, the same snippet compiles: the error above comes from the default
    // mode, which is strict, not from a flag of this build.
    val result = compile(nullableAsString, "-Xjspecify-annotations=warn")
    assertEquals(ExitCode.OK, result.exitCode, result.messages)
    assertTrue(result.messages.contains("Snippet.kt:3:"), result.messages)
    assertTrue(result.messages.contains("warning", ignoreCase = true), result.messages)
  }

  @Test
  fun nonNullAccessorIsNotAPlatformType() {
    // With a platform type, `?:` would be accepted silently; on a non-null type the compiler warns
    // that the right side is never used, and -Werror makes that an error.
    val elvis =
        """
        import io.netobs.extrahop.model.DetectionStatus
        fun value(status: DetectionStatus): String = status.value() ?: "never"
        """
            .trimIndent()
    val result = compile(elvis, "-Werror")
    assertEquals(ExitCode.COMPILATION_ERROR, result.exitCode, result.messages)
    assertTrue(result.messages.contains("Snippet.kt:2:"), result.messages)
    assertTrue(result.messages.contains("elvis", ignoreCase = true), result.messages)

    val plain =
        """
        import io.netobs.extrahop.model.DetectionStatus
        fun value(status: DetectionStatus): String = status.value()
        """
            .trimIndent()
    val plainResult = compile(plain, "-Werror")
    assertEquals(ExitCode.OK, plainResult.exitCode, plainResult.messages)
  }
}
