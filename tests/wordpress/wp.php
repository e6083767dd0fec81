<?php
/**
 * The WordPress test's hands inside the site: `php wp.php <site folder> <command> [args…]`.
 *
 *   install-plugin <zip>            installs a plugin from its zip as "Upload Plugin" does, and activates it
 *   create-page <title> <content>   publishes a page, prints its id
 *   set-option <name> <value>       sets an option
 *   get-option <name>               prints an option as JSON
 *
 * @package OkWidgets
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

list( , $site, $command ) = $argv;
$args                     = array_slice( $argv, 3 );

// WordPress reads the request's host even when loaded from the command line.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

wp_set_current_user( 1 );

/**
 * Ends with a message on stderr and status 1.
 *
 * @param string $message What went wrong.
 */
function ok_widgets_test_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install-plugin':
		$upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
		$result   = $upgrader->install( $args[0] );
		if ( true !== $result ) {
			ok_widgets_test_fail( 'install: ' . ( is_wp_error( $result ) ? $result->get_error_message() : wp_json_encode( $upgrader->skin->get_upgrade_messages() ) ) );
		}
		$result = activate_plugin( $upgrader->plugin_info() );
		if ( is_wp_error( $result ) ) {
			ok_widgets_test_fail( 'activate: ' . $result->get_error_message() );
		}
		echo esc_html( $upgrader->plugin_info() ), "\n";
		break;
	case 'create-page':
		$id = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => $args[0],
				'post_content' => $args[1],
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			ok_widgets_test_fail( $id->get_error_message() );
		}
		echo (int) $id, "\n";
		break;
	case 'set-option':
		update_option( $args[0], $args[1] );
		break;
	case 'get-option':
		echo wp_json_encode( get_option( $args[0], null ) ), "\n";
		break;
	default:
		ok_widgets_test_fail( "unknown command: $command" );
}
