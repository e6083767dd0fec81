<?php
/**
 * The block "OK widget" (ok-widgets/widget), rendered on the server like the shortcode.
 *
 * @package OkWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script and the block, whose attributes are those of every widget.
 */
function ok_widgets_register_block() {
	wp_register_script(
		'ok-widgets-block',
		plugins_url( 'block/index.js', OK_WIDGETS_FILE ),
		// The bundle too, so the preview in the editor is the live widget.
		array( 'ok-widgets', 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		OK_WIDGETS_VERSION,
		true
	);
	wp_set_script_translations( 'ok-widgets-block', 'ok-widgets', OK_WIDGETS_DIR . 'languages' );
	wp_add_inline_script(
		'ok-widgets-block',
		'window.okWidgetsBlock = ' . wp_json_encode(
			array(
				'elements'   => ok_widgets_elements(),
				'labels'     => ok_widgets_labels(),
				'defaultSrc' => ok_widgets_default_src(),
			)
		) . ';',
		'before'
	);
	register_block_type(
		OK_WIDGETS_DIR . 'block',
		array(
			'attributes'      => ok_widgets_block_attributes(),
			'render_callback' => 'ok_widgets_render_block',
		)
	);
}

/**
 * The block's attributes: `type`, `src` and every widget's attributes by property name.
 *
 * @return array<string, array{type: string}>
 */
function ok_widgets_block_attributes() {
	$attributes = array(
		'type' => array( 'type' => 'string' ),
		'src'  => array( 'type' => 'string' ),
	);
	foreach ( ok_widgets_elements() as $element ) {
		foreach ( $element['attributes'] as $attribute ) {
			$attributes[ $attribute['property'] ] = array( 'type' => 'boolean' === $attribute['kind'] ? 'boolean' : 'string' );
		}
	}
	return $attributes;
}

/**
 * The block's HTML: the widget in the block's wrapper, through the shortcode's function.
 *
 * @param array $block_attributes The block's attributes (camelCase).
 * @return string The HTML.
 */
function ok_widgets_render_block( $block_attributes ) {
	$type     = isset( $block_attributes['type'] ) ? (string) $block_attributes['type'] : '';
	$elements = ok_widgets_elements();
	$values   = array();
	if ( isset( $elements[ $type ] ) ) {
		foreach ( $elements[ $type ]['attributes'] as $name => $attribute ) {
			if ( isset( $block_attributes[ $attribute['property'] ] ) ) {
				$values[ $name ] = $block_attributes[ $attribute['property'] ];
			}
		}
	}
	$html = ok_widgets_render( $type, $values );
	return '' === $html ? '' : '<div ' . get_block_wrapper_attributes() . '>' . $html . '</div>';
}
