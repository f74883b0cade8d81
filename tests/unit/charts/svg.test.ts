import { describe, expect, test } from 'vitest';
import {
  escapeXml,
  formatCoordinate,
  getMarkAttributes,
  renderAttributes,
  renderGroup,
  renderSvgRoot,
  truncateLabel,
} from '../../../src/charts/svg.ts';

describe('svg helpers', () => {
  test('escapeXml escapes the five XML special characters', () => {
    expect(escapeXml(`Smith & Sons <"Bank"> 'x'`)).toBe(
      'Smith &amp; Sons &lt;&quot;Bank&quot;&gt; &#39;x&#39;',
    );
  });

  test('formatCoordinate rounds to one decimal and never writes -0', () => {
    expect(formatCoordinate(12.345)).toBe('12.3');
    expect(formatCoordinate(7)).toBe('7');
    expect(formatCoordinate(-0.04)).toBe('0');
    expect(formatCoordinate(1 / 3)).toBe('0.3');
  });

  test('renderAttributes keeps order, escapes values and drops undefined and false', () => {
    expect(renderAttributes({ class: 'a"b', x: 1.26, hidden: false, fill: undefined, open: true })).toBe(
      ' class="a&quot;b" x="1.3" open=""',
    );
  });

  test('getMarkAttributes adds a tab stop with a name only for focusable marks', () => {
    expect(getMarkAttributes('Ronin: $625M', false)).toEqual({ 'data-tip': 'Ronin: $625M' });
    expect(getMarkAttributes('Ronin: $625M', true)).toEqual({
      'data-tip': 'Ronin: $625M',
      tabindex: '0',
      role: 'graphics-symbol',
      'aria-label': 'Ronin: $625M',
    });
  });

  test('renderSvgRoot labels the svg by its title and desc and sizes it by viewBox only', () => {
    const svg = renderSvgRoot(
      {
        title: 'A & B',
        desc: 'd',
        idPrefix: 'x1',
        width: 100,
        height: 50.04,
        className: 'chart-test',
        hasFocusableMarks: false,
      },
      ['<g/>', ''],
    );
    expect(svg).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" class="chart-svg chart-test" role="img" aria-labelledby="x1-title" aria-describedby="x1-desc">\n' +
        '<title id="x1-title">A &amp; B</title>\n<desc id="x1-desc">d</desc>\n<g/>\n</svg>\n',
    );
  });

  test('renderSvgRoot uses the graphics-document role when marks take focus, since img children cannot', () => {
    const svg = renderSvgRoot(
      { title: 't', desc: 'd', idPrefix: 'x', width: 1, height: 1, className: 'c', hasFocusableMarks: true },
      [],
    );
    expect(svg).toContain('role="graphics-document"');
  });

  test('renderSvgRoot rejects an id prefix that would make an invalid id', () => {
    expect(() =>
      renderSvgRoot(
        {
          title: 't',
          desc: 'd',
          idPrefix: '1 bad',
          width: 1,
          height: 1,
          className: 'c',
          hasFocusableMarks: false,
        },
        [],
      ),
    ).toThrow(/idPrefix/);
  });

  test('renderGroup puts one child per line so golden files diff mark by mark', () => {
    expect(renderGroup({ class: 'g' }, ['<a/>', '<b/>'])).toBe('<g class="g">\n<a/>\n<b/>\n</g>');
    expect(renderGroup({ class: 'g' }, [])).toBe('<g class="g"></g>');
  });

  test('truncateLabel cuts long labels with an ellipsis and leaves short ones alone', () => {
    expect(truncateLabel('Lazarus Group', 20)).toBe('Lazarus Group');
    expect(truncateLabel('International financial institution', 12)).toBe('Internation…');
  });
});
