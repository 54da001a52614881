/**
 * The ExtraHop client's mechanics (create/read/update/delete calls, multi-status answers, file
 * transfers, field checks and copies). Not exported: nothing here is public API.
 */
package io.netobs.extrahop.internal;
