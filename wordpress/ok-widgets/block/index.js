/**
 * The block's editor: choose a widget and its options in the sidebar; the preview is the
 * server's rendering (the same as visitors get), with the live widget in it.
 * Plain wp.* globals, no build step. The widgets and their attributes come from PHP
 * (window.okWidgetsBlock), which read them from the build's list.
 */
(function (blocks, element, components, blockEditor, ServerSideRender, i18n) {
  'use strict';

  const el = element.createElement;
  const __ = i18n.__;
  const { elements, labels, defaultSrc } = window.okWidgetsBlock;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, Placeholder, SelectControl, TextControl, ToggleControl } = components;

  const typeOptions = [{ label: __('Choose a widget', 'ok-widgets'), value: '' }].concat(
    Object.keys(elements).map((type) => ({ label: labels[type] || type, value: type })),
  );

  /** Setting a value to its empty form removes it, so the element falls back to its default. */
  function control(name, attribute, value, set) {
    const common = { key: name, label: name, help: attribute.description };
    if (attribute.kind === 'boolean') {
      return el(ToggleControl, { ...common, checked: !!value, onChange: (on) => set(on || undefined) });
    }
    if (attribute.choices.length > 0) {
      const options = [{ label: __('(default)', 'ok-widgets'), value: '' }].concat(
        attribute.choices.map((choice) => ({ label: choice, value: choice })),
      );
      return el(SelectControl, {
        ...common,
        value: value || '',
        options,
        onChange: (v) => set(v || undefined),
      });
    }
    return el(TextControl, {
      ...common,
      type: attribute.kind === 'number' ? 'number' : 'text',
      value: value || '',
      onChange: (v) => set(v || undefined),
    });
  }

  function Edit({ attributes, setAttributes }) {
    const blockProps = useBlockProps();
    const widget = elements[attributes.type];

    /** A new type starts from its own defaults: the previous widget's options would not apply. */
    function chooseType(type) {
      const cleared = {};
      Object.keys(attributes).forEach((name) => {
        if (name !== 'src') cleared[name] = undefined;
      });
      setAttributes({ ...cleared, type: type || undefined });
    }

    const typeSelect = el(SelectControl, {
      label: __('Widget', 'ok-widgets'),
      value: attributes.type || '',
      options: typeOptions,
      onChange: chooseType,
    });

    const options = widget
      ? Object.keys(widget.attributes)
          .filter((name) => name !== 'src')
          .map((name) => {
            const attribute = widget.attributes[name];
            return control(name, attribute, attributes[attribute.property], (value) =>
              setAttributes({ [attribute.property]: value }),
            );
          })
      : [];

    const sidebar = el(
      InspectorControls,
      null,
      el(
        PanelBody,
        { title: __('Widget', 'ok-widgets') },
        typeSelect,
        el(TextControl, {
          label: __('Feed URL', 'ok-widgets'),
          type: 'url',
          value: attributes.src || '',
          placeholder: defaultSrc,
          help: defaultSrc
            ? __('Empty: the default feed from Settings → OK Widgets.', 'ok-widgets')
            : __('Required unless a default feed is set in Settings → OK Widgets.', 'ok-widgets'),
          onChange: (v) => setAttributes({ src: v || undefined }),
        }),
      ),
      widget && options.length > 0
        ? el(PanelBody, { title: __('Options', 'ok-widgets'), initialOpen: true }, options)
        : null,
    );

    const preview = widget
      ? el(ServerSideRender, { block: 'ok-widgets/widget', attributes })
      : el(
          Placeholder,
          {
            icon: 'chart-pie',
            label: __('OK widget', 'ok-widgets'),
            instructions: __('Choose the widget to show.', 'ok-widgets'),
          },
          typeSelect,
        );

    return el('div', blockProps, sidebar, preview);
  }

  blocks.registerBlockType('ok-widgets/widget', {
    edit: Edit,
    // Rendered on the server, so the post stores only the block's comment.
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.components,
  window.wp.blockEditor,
  window.wp.serverSideRender,
  window.wp.i18n,
);
