<?php
/**
 * The elements and their attributes, as the build read them from custom-elements.json.
 *
 * @package OkWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets by type (the tag without "ok-"), each with its tag, summary and attributes.
 *
 * Each attribute has a kind (boolean, number, url, url-template, string), its property name in
 * camelCase (the block's attribute), a description and, for a fixed set of values, its choices.
 *
 * @return array<string, array{tag: string, summary: string, attributes: array<string, array>}>
 */
function ok_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		// A local file the build wrote, next to this one; nothing is fetched.
		$json     = file_get_contents( OK_WIDGETS_DIR . 'includes/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$elements = is_string( $json ) ? json_decode( $json, true ) : null;
		$elements = is_array( $elements ) ? $elements : array();
	}
	return $elements;
}

/**
 * The widgets' names in the site's language, for the block's menu; a widget added after this
 * list shows its summary.
 *
 * @return array<string, string> Names by type.
 */
function ok_widgets_labels() {
	$labels = array(
		'agreement'          => __( 'The agreement', 'ok-widgets' ),
		'principle-wheel'    => __( 'Principle wheel', 'ok-widgets' ),
		'signatory-list'     => __( 'Signatory list', 'ok-widgets' ),
		'signatory-count'    => __( 'Signatory count', 'ok-widgets' ),
		'venue-map'          => __( 'Venue map', 'ok-widgets' ),
		'event-calendar'     => __( 'Event calendar', 'ok-widgets' ),
		'commitment-tracker' => __( 'Commitment tracker', 'ok-widgets' ),
	);
	$result = array();
	foreach ( ok_widgets_elements() as $type => $element ) {
		$result[ $type ] = isset( $labels[ $type ] ) ? $labels[ $type ] : $element['summary'];
	}
	return $result;
}
