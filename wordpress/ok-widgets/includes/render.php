<?php
/**
 * One widget as HTML, for the shortcode and the block alike.
 *
 * @package OkWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode [ok-widget type="venue-map" src="https://…" view="list"].
 *
 * @param array|string $atts The shortcode's attributes; a bare word (`chart`) switches a boolean on.
 * @return string The widget's HTML.
 */
function ok_widgets_shortcode( $atts ) {
	$values = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			$values[ strtolower( $value ) ] = true;
		} else {
			$values[ strtolower( $name ) ] = $value;
		}
	}
	$type = isset( $values['type'] ) ? $values['type'] : '';
	unset( $values['type'] );
	return ok_widgets_render( $type, $values );
}

/**
 * The element of one widget, with the attributes it has; enqueues the bundle.
 *
 * Only attributes the element declares pass (so no event handlers), each escaped for its kind;
 * feed and tile URLs only with http or https. Without a feed URL, the site's default applies.
 *
 * @param string $type   The tag without "ok-".
 * @param array  $values Attribute values by attribute name (kebab-case).
 * @return string The HTML; for an unknown type nothing, or a notice for editors.
 */
function ok_widgets_render( $type, array $values ) {
	$elements = ok_widgets_elements();
	$type     = strtolower( trim( (string) $type ) );
	if ( ! isset( $elements[ $type ] ) ) {
		/* translators: %s: the type given in the shortcode or block, such as "venue-map". */
		return ok_widgets_notice( sprintf( __( 'There is no widget of the type "%s".', 'ok-widgets' ), $type ) );
	}
	$element = $elements[ $type ];
	$notice  = '';
	$given   = isset( $values['src'] ) ? trim( (string) $values['src'] ) : '';
	if ( '' !== $given && null === ok_widgets_attribute_value( 'url', $given ) ) {
		$notice = ok_widgets_notice( __( 'The feed URL was left out: only http and https addresses are used.', 'ok-widgets' ) );
		$given  = '';
	}
	$values['src'] = '' !== $given ? $given : ok_widgets_default_src();

	$html = '<' . $element['tag'];
	// Keyed by the name editors write, which differs from the element's attribute only where
	// that one is taken: the calendar's `type` is `event-type`.
	foreach ( $element['attributes'] as $name => $attribute ) {
		// Never an event handler, even if an element were to declare an attribute so named.
		if ( ! isset( $values[ $name ] ) || 0 === strpos( $attribute['attribute'], 'on' ) ) {
			continue;
		}
		$value = ok_widgets_attribute_value( $attribute['kind'], $values[ $name ] );
		if ( true === $value ) {
			$html .= ' ' . $attribute['attribute'];
		} elseif ( null !== $value ) {
			$html .= ' ' . $attribute['attribute'] . '="' . $value . '"';
		}
	}
	wp_enqueue_script( 'ok-widgets' );
	return $notice . $html . '></' . $element['tag'] . '>';
}

/**
 * One attribute's value, escaped for an HTML attribute.
 *
 * @param string      $kind  boolean, number, url, url-template or string.
 * @param string|bool $value As the shortcode or block gave it.
 * @return string|true|null The escaped value, true for a boolean that is on, null to leave it out.
 */
function ok_widgets_attribute_value( $kind, $value ) {
	if ( 'boolean' === $kind ) {
		// The attribute's presence switches it on, so "false" must leave it out.
		return in_array( strtolower( trim( (string) $value ) ), array( '', '0', 'false', 'no', 'off' ), true ) ? null : true;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	switch ( $kind ) {
		case 'number':
			return is_numeric( $value ) ? esc_attr( $value ) : null;
		case 'url':
			$url = esc_url( $value, array( 'http', 'https' ) );
			return '' !== $url ? $url : null;
		case 'url-template':
			// esc_url() would strip the template's {z}/{x}/{y}; the scheme is checked instead.
			return in_array( strtolower( (string) wp_parse_url( $value, PHP_URL_SCHEME ) ), array( 'http', 'https' ), true ) ? esc_attr( $value ) : null;
		default:
			return esc_attr( $value );
	}
}

/**
 * A notice shown to those who can edit posts, and to nobody else.
 *
 * @param string $message The notice's text.
 * @return string The HTML, or an empty string for visitors.
 */
function ok_widgets_notice( $message ) {
	if ( ! current_user_can( 'edit_posts' ) ) {
		return '';
	}
	return '<p class="ok-widgets-notice" role="note" style="border:2px solid #b3261e;padding:0.5em 1em">'
		. '<strong>' . esc_html__( 'OK Widgets:', 'ok-widgets' ) . '</strong> ' . esc_html( $message )
		. ' <em>' . esc_html__( '(Only editors see this.)', 'ok-widgets' ) . '</em></p>';
}
