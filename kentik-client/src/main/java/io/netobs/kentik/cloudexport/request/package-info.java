/**
 * Requests of the Cloud Export API v202506: {@link
 * io.netobs.kentik.cloudexport.request.CloudExportCreate}, {@link
 * io.netobs.kentik.cloudexport.request.CloudExportUpdate} and the provider settings they carry.
 */
package io.netobs.kentik.cloudexport.request;
