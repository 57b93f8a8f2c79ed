/**
 * What the command line and the Maven plugin share besides the API: exit codes, progress lines, the text of each
 * result, and answers given as text. Front ends only parse their arguments and print these.
 */
package dev.southward.migrate.report;
