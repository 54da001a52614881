package io.netobs.kentik.model;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One point of a Query API time series: the start of a period, the value over it and its length.
 * The wire form is an array {@code [epoch milliseconds, value, period in seconds]}.
 *
 * @param time when the period starts
 * @param value the value over the period; {@code NaN} when the service sent none
 * @param period the length of the period
 */
public record TopXPoint(@Nullable Instant time, double value, @Nullable Duration period) {}
