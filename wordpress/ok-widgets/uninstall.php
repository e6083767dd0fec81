<?php
/**
 * Removes the plugin's one option when the plugin is deleted.
 *
 * @package OkWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ok_widgets_default_src' );
