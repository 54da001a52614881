/**
 * What the synthetics v202309 API answers: agents, their alerts, tests and their settings, results
 * and traces. Records keep the fields this SDK does not know; states are open enums.
 */
package io.netobs.kentik.synthetics.model;
