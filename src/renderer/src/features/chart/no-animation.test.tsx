import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
// @ts-expect-error react-smooth ships no types (only recharts imports it)
import Animate from 'react-smooth';
import Still from './no-animation';

// The stand-in must draw what react-smooth draws with its animation off, for both kinds of child.
describe('no-animation (react-smooth stand-in)', () => {
  const box = { x: 1, y: 2, width: 30, height: 40 };
  const drawBox = (s: unknown) => {
    const b = s as typeof box;
    return <rect x={b.x} y={b.y} width={b.width} height={b.height} />;
  };
  const markup = (node: React.ReactElement) => render(<svg>{node}</svg>).container.innerHTML;

  it('a render-prop child gets the end state', () => {
    const still = markup(<Still to={box}>{drawBox}</Still>);
    expect(still).toContain('width="30"');
    expect(still).toBe(markup(<Animate isActive={false} from={{ ...box, width: 0 }} to={box}>{drawBox}</Animate>));
  });

  it('element children are drawn as they are', () => {
    const path = <path d="M0,0L10,10" className="recharts-rectangle" />;
    const still = markup(<Still to="10px 0px">{path}</Still>);
    expect(still).toContain('d="M0,0L10,10"');
    expect(still).toBe(markup(<Animate isActive={false} attributeName="strokeDasharray" from="0px 10px" to="10px 0px">{path}</Animate>));
  });
});
