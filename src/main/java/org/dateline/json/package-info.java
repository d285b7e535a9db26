/**
 * Jackson support for Dateline's model: {@link org.dateline.json.DatelineModule} and its options,
 * {@link org.dateline.json.DatelineFeature}. The serializers are package-private; the JSON shapes
 * are listed on the module and fixed by the project's command-line contract.
 */
package org.dateline.json;
