<?php
/**
 * Plugin Name:       OK Widgets
 * Description:       The agreement between the public and the idea-based sector on your site: principle wheel, signatories, venue map, calendar and commitments, from the region's feed. Shortcode [ok-widget] and the block "OK widget".
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ok-widgets
 * Domain Path:       /languages
 *
 * @package OkWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'OK_WIDGETS_VERSION', '0.1.0' );
define( 'OK_WIDGETS_FILE', __FILE__ );
define( 'OK_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once OK_WIDGETS_DIR . 'includes/elements.php';
require_once OK_WIDGETS_DIR . 'includes/render.php';
require_once OK_WIDGETS_DIR . 'includes/block.php';
require_once OK_WIDGETS_DIR . 'includes/settings.php';

add_action( 'init', 'ok_widgets_init' );
add_filter( 'script_loader_tag', 'ok_widgets_module_tag', 10, 2 );

/**
 * Loads the translations and registers the bundle, the shortcode and the block.
 */
function ok_widgets_init() {
	load_plugin_textdomain( 'ok-widgets', false, dirname( plugin_basename( OK_WIDGETS_FILE ) ) . '/languages' );
	// Registered on every page, enqueued only by a widget that renders (see ok_widgets_render()).
	wp_register_script( 'ok-widgets', plugins_url( 'assets/ok-widgets.js', OK_WIDGETS_FILE ), array(), OK_WIDGETS_VERSION, true );
	add_shortcode( 'ok-widget', 'ok_widgets_shortcode' );
	ok_widgets_register_block();
}

/**
 * Prints the bundle as an ES module: the one way that works from WordPress 6.1 (which has no
 * script-module API) to current versions.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle The script's handle.
 * @return string The tag, with type="module" for the bundle.
 */
function ok_widgets_module_tag( $tag, $handle ) {
	if ( 'ok-widgets' !== $handle ) {
		return $tag;
	}
	// Themes without HTML5 script support get type='text/javascript', which must give way.
	return preg_replace( '/<script(?:\s+type=([\'"])[^\'"]*\1)?(?=[^>]*\sid=[\'"]ok-widgets-js[\'"])/', '<script type="module"', $tag, 1 );
}
