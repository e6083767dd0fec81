/** Another library's `<ok-feed>`, defined before ok-widgets loads (imported first by the test). */
customElements.define('ok-feed', class ForeignFeed extends HTMLElement {});
