/**
 * pdf.js 5 builds a `DOMMatrix` when its module loads, and takes one from the native `@napi-rs/canvas` in
 * Node. resdraft never draws a page and never loads native code (the bundle strips that load, see
 * scripts/build.mjs), so the 2-D affine subset of DOMMatrix pdf.js's drawing code uses is given here, before
 * pdf.js is imported. An existing DOMMatrix (a newer Node, a test run with the canvas package) is kept.
 */
type Init = readonly number[] | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: Init) {
    if (init && init.length === 6) [this.a, this.b, this.c, this.d, this.e, this.f] = init as number[];
    else if (init && init.length === 16) [this.a, this.b, this.c, this.d, this.e, this.f] = [init[0]!, init[1]!, init[4]!, init[5]!, init[12]!, init[13]!];
  }
  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }
  private set6(m: readonly number[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = m as number[];
    return this;
  }
  private static product(l: AffineMatrix, r: AffineMatrix): number[] {
    return [
      l.a * r.a + l.c * r.b, l.b * r.a + l.d * r.b,
      l.a * r.c + l.c * r.d, l.b * r.c + l.d * r.d,
      l.a * r.e + l.c * r.f + l.e, l.b * r.e + l.d * r.f + l.f,
    ];
  }
  multiplySelf(other: AffineMatrix | Init): this {
    return this.set6(AffineMatrix.product(this, toMatrix(other)));
  }
  preMultiplySelf(other: AffineMatrix | Init): this {
    return this.set6(AffineMatrix.product(toMatrix(other), this));
  }
  multiply(other: AffineMatrix | Init): AffineMatrix {
    return this.copy().multiplySelf(other);
  }
  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf([1, 0, 0, 1, x, y]);
  }
  translate(x = 0, y = 0): AffineMatrix {
    return this.copy().translateSelf(x, y);
  }
  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }
  scale(sx = 1, sy = sx): AffineMatrix {
    return this.copy().scaleSelf(sx, sy);
  }
  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det) return this.set6([NaN, NaN, NaN, NaN, NaN, NaN]);
    const { a, b, c, d, e, f } = this;
    return this.set6([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }
  inverse(): AffineMatrix {
    return this.copy().invertSelf();
  }
  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  private copy(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

const toMatrix = (m: AffineMatrix | Init): AffineMatrix => (m instanceof AffineMatrix ? m : new AffineMatrix(m));

const g = globalThis as { DOMMatrix?: unknown };
g.DOMMatrix ??= AffineMatrix;

export { AffineMatrix };
