<?php
/**
 * Settings → OK Widgets: the default feed URL.
 *
 * @package OkWidgets
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'ok_widgets_register_settings' );
add_action( 'admin_menu', 'ok_widgets_settings_menu' );

/**
 * The feed URL a widget without `src` shows; empty until an administrator sets one.
 *
 * @return string The URL, or ''.
 */
function ok_widgets_default_src() {
	return (string) get_option( 'ok_widgets_default_src', '' );
}

/**
 * Registers the option, its section and its field (the Settings API adds the nonce).
 */
function ok_widgets_register_settings() {
	register_setting(
		'ok_widgets',
		'ok_widgets_default_src',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'ok_widgets_sanitize_src',
			'default'           => '',
		)
	);
	add_settings_section( 'ok_widgets_feed', __( 'Feed', 'ok-widgets' ), 'ok_widgets_section_text', 'ok-widgets' );
	add_settings_field(
		'ok_widgets_default_src',
		__( 'Default feed URL', 'ok-widgets' ),
		'ok_widgets_src_field',
		'ok-widgets',
		'ok_widgets_feed',
		array( 'label_for' => 'ok_widgets_default_src' )
	);
}

/**
 * Adds the page under Settings, for those who may manage options.
 */
function ok_widgets_settings_menu() {
	add_options_page( __( 'OK Widgets', 'ok-widgets' ), __( 'OK Widgets', 'ok-widgets' ), 'manage_options', 'ok-widgets', 'ok_widgets_settings_page' );
}

/**
 * The settings page.
 */
function ok_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'ok_widgets' );
			do_settings_sections( 'ok-widgets' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

/**
 * The section's introduction.
 */
function ok_widgets_section_text() {
	echo '<p>' . esc_html__( 'Widgets whose shortcode or block names no feed URL show this feed.', 'ok-widgets' ) . '</p>';
}

/**
 * The URL field.
 */
function ok_widgets_src_field() {
	printf(
		'<input type="url" id="ok_widgets_default_src" name="ok_widgets_default_src" value="%s" class="regular-text" placeholder="https://">',
		esc_attr( ok_widgets_default_src() )
	);
	echo '<p class="description">' . esc_html__( 'The address of the JSON feed of the agreement, starting with https://.', 'ok-widgets' ) . '</p>';
}

/**
 * Keeps an http(s) URL or nothing; anything else keeps the saved value, with an error.
 *
 * @param mixed $value As submitted.
 * @return string The URL to save.
 */
function ok_widgets_sanitize_src( $value ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	$url = esc_url_raw( $value, array( 'http', 'https' ) );
	if ( '' === $url ) {
		add_settings_error( 'ok_widgets_default_src', 'ok-widgets-invalid-src', __( 'The feed URL must start with http:// or https://.', 'ok-widgets' ) );
		return ok_widgets_default_src();
	}
	return $url;
}
