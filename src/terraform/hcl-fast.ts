import { heredocString, unescapeQuoted } from './strings.js';
import { addObjectAsAttributes, MAX_EXPRESSION_DEPTH, objectKeyName, type Attribute, type Block, type Body, type Expr, type ObjectEntry, type StringExpr } from './syntax.js';

/**
 * A hand-written parser for the native HCL syntax that builds the syntax tree (syntax.ts)
 * directly: the very tree tree-sitter's Terraform grammar gives after the conversion in hcl.ts,
 * at tens of MiB/s instead of tree-sitter's ~2.7 in WebAssembly, and without a concrete tree
 * in between (building and converting one cost more than the parse itself).
 *
 * It mirrors the grammar and its external scanner rather than HCL's specification: newlines are
 * whitespace, string literals lose their leading and trailing blanks to padding, a heredoc ends
 * at the first line starting with its marker. It returns `undefined` for anything it does not
 * fully understand (a syntax error, a keyword used as a name, a character class the scanner
 * treats differently from ASCII, nesting deep enough for the conversion's depth bound); the
 * caller then takes tree-sitter's path, so broken files and odd syntax get tree-sitter's tree
 * and error reports exactly as before. test/terraform/hcl-fast.test.ts compares both paths'
 * syntax trees.
 *
 * The conversion of tree-sitter's tree (hcl.ts) has quirks this parser must reproduce, because
 * the grammar inlines its hidden rules: an operation, a conditional, a `for` or an index on a
 * call is an `other` whose parts are the outermost `expression` nodes under it, wherever they
 * sit (`f(x) + y[i]` has the parts x and i; `a + b` has none). So every `expression` this
 * parser finishes is pushed on `pending`, in document order; a construct that needs the
 * expressions under it takes them from the mark it set before parsing its inside, and an
 * `expression` drops what its own inside pushed and pushes itself instead.
 */

/**
 * The conversion keeps expressions and bodies nested at most MAX_EXPRESSION_DEPTH deep (hcl.ts):
 * an expression level costs it up to two steps, a body one. Input that comes near the bound goes
 * to tree-sitter, whose conversion applies it.
 */
const DEPTH_LIMIT = MAX_EXPRESSION_DEPTH - 10;
const EXPRESSION_DEPTH = 2;

/**
 * Operators in one operation before the file goes to tree-sitter: real files chain a few; a
 * pathological chain (tree-sitter nests it as deep as it is long) takes tree-sitter's path, as
 * it did when this parser emitted tree-sitter's tree.
 */
const MAX_OPERATORS = 1000;

/**
 * Characters the grammar and its scanner may classify unlike this parser (Unicode spaces for
 * `iswspace` and `\s`, a byte-order mark, NUL, form feeds, a carriage return outside CRLF):
 * rare in real files, so any of them sends the file to tree-sitter.
 */
const UNSUPPORTED_CHARACTERS = /[\0\v\f\x85\xa0\u1680\u180e\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]|\r(?!\n)/;

/** Words that are keywords somewhere in the grammar: as names, their lexing depends on the parse state. */
const KEYWORDS = new Set(['for', 'in', 'if', 'else', 'endif', 'endfor', 'true', 'false', 'null']);
const MAX_KEYWORD_LENGTH = 6;

/** Binary operators by precedence, as in the grammar (`*` binds tightest). */
const PREC_OR = 1;
const PREC_AND = 2;
const PREC_COMPARE = 3;
const PREC_ORDER = 4;
const PREC_ADD = 5;
const PREC_MULTIPLY = 6;

/** Thrown for anything this parser does not take; caught once at the top. */
class Decline extends Error {}
const DECLINE = new Decline('declined');

const enum C {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Bang = 33,
  Quote = 34,
  Hash = 35,
  Dollar = 36,
  Percent = 37,
  Ampersand = 38,
  ParenOpen = 40,
  ParenClose = 41,
  Star = 42,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Slash = 47,
  Digit0 = 48,
  Digit9 = 57,
  Colon = 58,
  Less = 60,
  Equals = 61,
  Greater = 62,
  Question = 63,
  UpperA = 65,
  UpperZ = 90,
  BracketOpen = 91,
  Backslash = 92,
  BracketClose = 93,
  Underscore = 95,
  LowerA = 97,
  LowerZ = 122,
  BraceOpen = 123,
  Bar = 124,
  BraceClose = 125,
  Tilde = 126,
}

function isIdentifierStart(c: number): boolean {
  return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || (c >= C.Digit0 && c <= C.Digit9) || c === C.Minus;
}

function isDigit(c: number): boolean {
  return c >= C.Digit0 && c <= C.Digit9;
}

function isAlphanumeric(c: number): boolean {
  return isDigit(c) || (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= C.LowerA && c <= 102) || (c >= C.UpperA && c <= 70);
}


/** The syntax tree of a native HCL file, or undefined when the file needs tree-sitter (see above). */
export function parseHclFast(text: string): Body | undefined {
  if (UNSUPPORTED_CHARACTERS.test(text)) return undefined;
  try {
    return new FastParser(text).file();
  } catch (error) {
    // A pathological nesting overflows the stack: tree-sitter's path copes with it.
    if (error === DECLINE || error instanceof RangeError) return undefined;
    throw error;
  }
}

/** What ended a template body: its closing quote or marker, or one of the directives that close a directive's body. */
const enum Stop {
  End,
  Else,
  EndIf,
  EndFor,
}

class FastParser {
  private pos = 0;
  /** End of the last token taken: where a node ends (trailing blanks and comments stay outside). */
  private lastEnd = 0;
  private readonly length: number;
  /** Finished expressions not yet taken by the construct around them (see the comment at the top). */
  private readonly pending: Expr[] = [];
  /** The conversion's nesting depth at this point (see DEPTH_LIMIT); the file's body is 1. */
  private depth = 1;
  /** Where the last `name` started and ended. */
  private nameStart = 0;
  private nameEnd = 0;
  /** The literal text of the last template text run (a string without templates has at most one); -1 when none. */
  private runStart = -1;
  private runEnd = -1;
  /** What the last `templateParts` stopped at. */
  private stop: Stop = Stop.End;

  constructor(private readonly text: string) {
    this.length = text.length;
  }

  file(): Body {
    const body: Body = { attributes: [], blocks: [] };
    this.skip();
    if (this.pos < this.length) {
      if (this.code() === C.BraceOpen) {
        // JSON-looking `.tfvars` content: one object as the whole file, its entries the attributes.
        this.depth += 1;
        addObjectAsAttributes(this.object(), body);
      } else {
        this.bodyItems(body, false);
      }
      this.skip();
      if (this.pos < this.length) throw DECLINE;
    }
    return body;
  }

  // --- characters and tokens ---------------------------------------------------------------

  private code(offset = 0): number {
    const at = this.pos + offset;
    return at < this.length ? this.text.charCodeAt(at) : -1;
  }

  /** Blanks and the three kinds of comments (the grammar's extras). */
  private skip(): void {
    const text = this.text;
    const length = this.length;
    let pos = this.pos;
    while (pos < length) {
      const c = text.charCodeAt(pos);
      if (c === C.Space || c === C.Newline || c === C.Tab || c === C.Return) {
        pos++;
      } else if (c === C.Hash || (c === C.Slash && text.charCodeAt(pos + 1) === C.Slash)) {
        const end = text.indexOf('\n', pos);
        pos = end < 0 ? length : end;
      } else if (c === C.Slash && text.charCodeAt(pos + 1) === C.Star) {
        const end = text.indexOf('*/', pos + 2);
        if (end < 0) throw DECLINE;
        pos = end + 2;
      } else {
        break;
      }
    }
    this.pos = pos;
  }

  /** Takes `c` after blanks and comments, or declines. */
  private expect(c: number): void {
    this.skip();
    if (this.code() !== c) throw DECLINE;
    this.pos++;
    this.lastEnd = this.pos;
  }

  /** Takes `c` after blanks and comments when it is next. */
  private accept(c: number): boolean {
    this.skip();
    if (this.code() !== c) return false;
    this.pos++;
    this.lastEnd = this.pos;
    return true;
  }

  /** The identifier token at `pos` (letters, digits, `_`, `-` and `::` after the first), or an empty string. */
  private scanIdentifier(): number {
    const text = this.text;
    let pos = this.pos;
    if (!isIdentifierStart(text.charCodeAt(pos))) return pos;
    pos++;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (isIdentifierPart(c)) pos++;
      else if (c === C.Colon && text.charCodeAt(pos + 1) === C.Colon) pos += 2;
      else break;
    }
    // A non-ASCII letter would continue an identifier for the grammar: leave such files to it.
    if (text.charCodeAt(pos) >= 128) throw DECLINE;
    return pos;
  }

  /**
   * An identifier used as a name, between `nameStart` and `nameEnd`. Where only a name can stand
   * (attribute names, block types and labels, `.attr`), the grammar lexes keywords as names too
   * (`null = { source = "hashicorp/null" }`); elsewhere a keyword is left to tree-sitter.
   */
  private name(keywordsAllowed = false): void {
    this.skip();
    const start = this.pos;
    const end = this.scanIdentifier();
    if (end === start || (!keywordsAllowed && end - start <= MAX_KEYWORD_LENGTH && KEYWORDS.has(this.text.slice(start, end)))) throw DECLINE;
    this.pos = end;
    this.lastEnd = end;
    this.nameStart = start;
    this.nameEnd = end;
  }

  /** Whether the next word is exactly `word` (not a longer identifier starting with it). */
  private atWord(word: string): boolean {
    this.skip();
    if (!this.text.startsWith(word, this.pos)) return false;
    const after = this.text.charCodeAt(this.pos + word.length);
    return !(isIdentifierPart(after) || after === C.Colon || after >= 128);
  }

  private takeWord(word: string): void {
    if (!this.atWord(word)) throw DECLINE;
    this.pos += word.length;
    this.lastEnd = this.pos;
  }

  /** The expressions pushed on `pending` since `mark`, left there for the constructs around. */
  private pendingSince(mark: number): Expr[] {
    return this.pending.slice(mark);
  }

  // --- bodies --------------------------------------------------------------------------------

  /** Attributes and blocks until the end of the file or, in a block, its `}`. */
  private bodyItems(body: Body, inBlock: boolean): void {
    for (;;) {
      this.skip();
      if (this.pos >= this.length || (inBlock && this.code() === C.BraceClose)) return;
      const start = this.pos;
      this.name(true);
      const nameEnd = this.nameEnd;
      const name = this.text.slice(start, nameEnd);
      this.skip();
      if (this.code() === C.Equals && this.code(1) !== C.Equals && this.code(1) !== C.Greater) {
        this.pos++;
        const value = this.expression();
        this.pending.pop();
        const attribute: Attribute = { name, nameSpan: { start, end: nameEnd }, value, span: { start, end: this.lastEnd } };
        body.attributes.push(attribute);
      } else {
        body.blocks.push(this.blockRest(name, start));
      }
    }
  }

  /** A block after its type: labels, `{`, the body, `}`. */
  private blockRest(type: string, start: number): Block {
    const labels: string[] = [];
    for (;;) {
      this.skip();
      const c = this.code();
      if (c === C.Quote) {
        labels.push((this.quoted(LABEL) as StringExpr).value);
      } else if (c === C.BraceOpen) {
        break;
      } else {
        this.name(true);
        labels.push(this.text.slice(this.nameStart, this.nameEnd));
      }
    }
    const headerEnd = this.pos + 1;
    this.pos++;
    this.lastEnd = this.pos;
    const body: Body = { attributes: [], blocks: [] };
    this.skip();
    if (this.code() !== C.BraceClose) {
      this.depth += 1;
      if (this.depth > DEPTH_LIMIT) throw DECLINE;
      this.bodyItems(body, true);
      this.depth -= 1;
    }
    this.expect(C.BraceClose);
    return { type, labels, headerSpan: { start, end: headerEnd }, span: { start, end: this.lastEnd }, body };
  }

  // --- expressions ---------------------------------------------------------------------------

  /**
   * An `expression` node: a conditional, an operation, or one term with its postfix steps.
   * Pushes itself on `pending` in place of what its inside pushed.
   */
  private expression(): Expr {
    this.depth += EXPRESSION_DEPTH;
    if (this.depth > DEPTH_LIMIT) throw DECLINE;
    this.skip();
    const start = this.pos;
    const mark = this.pending.length;
    let result = this.operation(start, mark);
    // `a ? b : c ? d : e` groups to the left in the grammar: ((a ? b : c) ? d : e).
    while (this.accept(C.Question)) {
      const then = this.expression();
      this.expect(C.Colon);
      this.skip();
      const otherwise = this.operation(this.pos, this.pending.length);
      result = { kind: 'other', parts: [result, then, otherwise], span: { start, end: this.lastEnd } };
    }
    this.pending.length = mark;
    this.pending.push(result);
    this.depth -= EXPRESSION_DEPTH;
    return result;
  }

  /** An operand and any binary operators after it: with operators, the `other` of the expressions under them. */
  private operation(start: number, mark: number): Expr {
    const first = this.unary();
    // Counted per operation: the operations nested in its operands count their own.
    const outer = this.operators;
    this.operators = 0;
    const taken = this.binary(0);
    this.operators = outer;
    if (!taken) return first;
    return { kind: 'other', parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
  }

  /** Operators taken in the current operation (see MAX_OPERATORS). */
  private operators = 0;

  /** Operator precedence climbing over unary terms, left-associative like the grammar's `prec.left`; true when it took one. */
  private binary(minPrec: number): boolean {
    let taken = false;
    for (;;) {
      this.skip();
      const { prec, width } = this.operator();
      if (prec === 0 || prec < minPrec) return taken;
      if (++this.operators > MAX_OPERATORS) throw DECLINE;
      this.pos += width;
      this.lastEnd = this.pos;
      this.unary();
      this.binary(prec + 1);
      taken = true;
    }
  }

  /** The binary operator at `pos`: its precedence (0 for none) and length. */
  private operator(): Operator {
    const c = this.code();
    const next = this.code(1);
    switch (c) {
      case C.Star:
      case C.Slash:
      case C.Percent:
        return MULTIPLY;
      case C.Plus:
      case C.Minus:
        return ADD;
      case C.Greater:
        return next === C.Equals ? ORDER_2 : ORDER_1;
      case C.Less:
        if (next === C.Less) throw DECLINE;
        return next === C.Equals ? ORDER_2 : ORDER_1;
      case C.Equals:
        return next === C.Equals ? COMPARE : NO_OPERATOR;
      case C.Bang:
        return next === C.Equals ? COMPARE : NO_OPERATOR;
      case C.Ampersand:
        if (next !== C.Ampersand) throw DECLINE;
        return AND;
      case C.Bar:
        if (next !== C.Bar) throw DECLINE;
        return OR;
      default:
        return NO_OPERATOR;
    }
  }

  /** `-x`, `!x` (binding tighter than any binary operator, looser than `.attr` and `[i]`), or a term with its steps. */
  private unary(): Expr {
    this.skip();
    const c = this.code();
    if (c === C.Minus || c === C.Bang) {
      const start = this.pos;
      const mark = this.pending.length;
      this.pos++;
      this.lastEnd = this.pos;
      this.unary();
      return { kind: 'other', parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
    }
    return this.postfix(this.term());
  }

  /**
   * `.name`, `.0`, `[i]`, `.*` and `[*]` after a term. A reference takes them into its path
   * (`[]` for an index or a splat; the reference is this term's own object, extended in place);
   * anything else becomes an `other` of itself and the expressions inside the step.
   */
  private postfix(base: Expr): Expr {
    let current = base;
    for (;;) {
      this.skip();
      const c = this.code();
      const mark = this.pending.length;
      const path = current.kind === 'traversal' ? current.path : undefined;
      if (c === C.Dot) {
        const next = this.code(1);
        if (next === C.Dot) return current; // `...` ends a function's arguments or a `for`
        if (next === C.Star) {
          this.pos += 2;
          this.lastEnd = this.pos;
          path?.push('[]');
          this.splatSteps(path);
        } else {
          this.dotStep(path);
        }
      } else if (c === C.BracketOpen) {
        if (this.code(1) === C.Star && this.code(2) === C.BracketClose) {
          this.pos += 3;
          this.lastEnd = this.pos;
          path?.push('[]');
          this.splatSteps(path);
        } else {
          this.bracketIndex();
          path?.push('[]');
        }
      } else {
        return current;
      }
      const span = { start: current.span.start, end: this.lastEnd };
      if (current.kind === 'traversal') current.span = span;
      else current = { kind: 'other', parts: [current, ...this.pendingSince(mark)], span };
    }
  }

  /** The attribute and index steps a splat takes after it (`.*.name[0]`). */
  private splatSteps(path: string[] | undefined): void {
    for (;;) {
      this.skip();
      const c = this.code();
      if (c === C.Dot) {
        const next = this.code(1);
        if (next === C.Dot || next === C.Star) return;
        this.dotStep(path);
      } else if (c === C.BracketOpen) {
        if (this.code(1) === C.Star) return;
        this.bracketIndex();
        path?.push('[]');
      } else {
        return;
      }
    }
  }

  /** `.name` or `.0` at `pos`. */
  private dotStep(path: string[] | undefined): void {
    this.pos++;
    this.skip();
    if (isDigit(this.code())) {
      let pos = this.pos;
      while (isDigit(this.text.charCodeAt(pos))) pos++;
      const after = this.text.charCodeAt(pos);
      if (isIdentifierPart(after) || after >= 128) throw DECLINE;
      this.pos = pos;
      this.lastEnd = pos;
      path?.push('[]');
      return;
    }
    this.name(true);
    path?.push(this.text.slice(this.nameStart, this.nameEnd));
  }

  /** `[expr]` at `pos`. */
  private bracketIndex(): void {
    this.pos++;
    this.expression();
    this.expect(C.BracketClose);
  }

  /** A primary term: literal, template, reference, call, collection, `for`, or `(expr)`. */
  private term(): Expr {
    this.skip();
    const start = this.pos;
    const c = this.code();
    if (c === C.Quote) return this.quoted(QUOTED);
    if (isDigit(c)) return this.number();
    if (c === C.BracketOpen) return this.lookingAtFor(1) ? this.forExpression(false) : this.tuple();
    if (c === C.BraceOpen) return this.lookingAtFor(1) ? this.forExpression(true) : this.object();
    if (c === C.ParenOpen) {
      this.pos++;
      const inner = this.expression();
      this.expect(C.ParenClose);
      // `inner` is also pending (an operation around takes it as it is): steps after the
      // parentheses extend a copy.
      return inner.kind === 'traversal' ? { kind: 'traversal', root: inner.root, path: [...inner.path], span: inner.span } : inner;
    }
    if (c === C.Less && this.code(1) === C.Less) return this.heredoc();
    const end = this.scanIdentifier();
    if (end === start) throw DECLINE;
    // Keywords are short: longer names need no look-up.
    const word = end - start <= MAX_KEYWORD_LENGTH ? this.text.slice(start, end) : '';
    if (word === 'true' || word === 'false') {
      this.pos = this.lastEnd = end;
      return { kind: 'bool', text: word, span: { start, end } };
    }
    if (word === 'null') {
      this.pos = this.lastEnd = end;
      return { kind: 'null', text: 'null', span: { start, end } };
    }
    if (KEYWORDS.has(word)) throw DECLINE;
    this.pos = end;
    this.skip();
    if (this.code() === C.ParenOpen) return this.call(start, end);
    this.lastEnd = end;
    return { kind: 'traversal', root: word || this.text.slice(start, end), path: [], span: { start, end } };
  }

  /** Whether `for` follows the bracket at `pos + offset` (a `for` expression, not a tuple or object). */
  private lookingAtFor(offset: number): boolean {
    const saved = this.pos;
    this.pos += offset;
    const found = this.atWord('for');
    this.pos = saved;
    return found;
  }

  /** `[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?` or `0x[0-9a-zA-Z]+`, the grammar's two number tokens. */
  private number(): Expr {
    const text = this.text;
    const start = this.pos;
    let pos = start;
    if (text.charCodeAt(pos) === C.Digit0 && text.charCodeAt(pos + 1) === 120 && isAlphanumeric(text.charCodeAt(pos + 2))) {
      pos += 2;
      while (isAlphanumeric(text.charCodeAt(pos))) pos++;
    } else {
      while (isDigit(text.charCodeAt(pos))) pos++;
      if (text.charCodeAt(pos) === C.Dot && isDigit(text.charCodeAt(pos + 1))) {
        pos += 2;
        while (isDigit(text.charCodeAt(pos))) pos++;
        const e = text.charCodeAt(pos) | 0x20;
        if (e === 101) {
          let at = pos + 1;
          const sign = text.charCodeAt(at);
          if (sign === C.Plus || sign === C.Minus) at++;
          if (isDigit(text.charCodeAt(at))) {
            pos = at;
            while (isDigit(text.charCodeAt(pos))) pos++;
          }
        }
      }
    }
    const after = text.charCodeAt(pos);
    if (isIdentifierPart(after) || after >= 128) throw DECLINE;
    this.pos = this.lastEnd = pos;
    return { kind: 'number', text: text.slice(start, pos), span: { start, end: pos } };
  }

  /** `name(args)`, the name already scanned and `pos` at `(`. */
  private call(start: number, nameEnd: number): Expr {
    const name = this.text.slice(start, nameEnd);
    const mark = this.pending.length;
    this.pos++;
    this.lastEnd = this.pos;
    this.skip();
    if (this.code() !== C.ParenClose) {
      for (;;) {
        this.expression();
        this.skip();
        if (this.code() === C.Dot && this.code(1) === C.Dot && this.code(2) === C.Dot) {
          this.pos += 3;
          this.lastEnd = this.pos;
          break;
        }
        if (!this.accept(C.Comma)) break;
        this.skip();
        if (this.code() === C.ParenClose) break;
      }
    }
    this.expect(C.ParenClose);
    return { kind: 'call', name, args: this.pendingSince(mark), span: { start, end: this.lastEnd } };
  }

  private tuple(): Expr {
    const start = this.pos;
    const mark = this.pending.length;
    this.pos++;
    this.skip();
    if (this.code() !== C.BracketClose) {
      for (;;) {
        this.expression();
        if (!this.accept(C.Comma)) break;
        this.skip();
        if (this.code() === C.BracketClose) break;
      }
    }
    this.expect(C.BracketClose);
    return { kind: 'tuple', items: this.pendingSince(mark), span: { start, end: this.lastEnd } };
  }

  /** `{ key = value, ... }`: keys are expressions, `=` or `:` between, commas optional. */
  private object(): Extract<Expr, { kind: 'object' }> {
    const start = this.pos;
    const entries: ObjectEntry[] = [];
    this.pos++;
    for (;;) {
      this.skip();
      if (this.code() === C.BraceClose) break;
      const key = this.expression();
      this.skip();
      const c = this.code();
      if (c === C.Colon || (c === C.Equals && this.code(1) !== C.Equals && this.code(1) !== C.Greater)) this.pos++;
      else throw DECLINE;
      const value = this.expression();
      entries.push({ key: objectKeyName(key), keySpan: key.span, value });
      this.accept(C.Comma);
    }
    this.pos++;
    this.lastEnd = this.pos;
    return { kind: 'object', entries, span: { start, end: this.lastEnd } };
  }

  /** `[for x in xs : v if c]` and `{for k, v in m : k => v... if c}`. */
  private forExpression(isObject: boolean): Expr {
    const start = this.pos;
    const mark = this.pending.length;
    this.pos++;
    this.skip();
    this.takeWord('for');
    this.name();
    if (this.accept(C.Comma)) this.name();
    this.takeWord('in');
    this.expression();
    this.expect(C.Colon);
    this.expression();
    if (isObject) {
      this.skip();
      if (this.code() !== C.Equals || this.code(1) !== C.Greater) throw DECLINE;
      this.pos += 2;
      this.expression();
      this.skip();
      if (this.code() === C.Dot && this.code(1) === C.Dot && this.code(2) === C.Dot) {
        this.pos += 3;
        this.lastEnd = this.pos;
      }
    }
    if (this.atWord('if')) {
      this.takeWord('if');
      this.expression();
    }
    this.expect(isObject ? C.BraceClose : C.BracketClose);
    return { kind: 'other', parts: this.pendingSince(mark), span: { start, end: this.lastEnd } };
  }

  // --- templates -----------------------------------------------------------------------------

  /**
   * A quoted string at `pos`: a `string` when it holds only text, a `template` when it
   * interpolates or has directives (block labels may not).
   */
  private quoted(mode: TemplateMode): Expr {
    const start = this.pos;
    const mark = this.pending.length;
    this.pos++;
    this.runStart = -1;
    const dynamic = this.templateParts(mode, '') !== 0;
    if (this.stop !== Stop.End) throw DECLINE;
    if (this.code() !== C.Quote) throw DECLINE;
    this.pos++;
    this.lastEnd = this.pos;
    const span = { start, end: this.pos };
    if (dynamic) return { kind: 'template', parts: this.pendingSince(mark), span };
    if (this.runStart < 0) return { kind: 'string', value: '', span, valueSpan: { start: start + 1, end: start + 1 } };
    return { kind: 'string', value: unescapeQuoted(this.text.slice(this.runStart, this.runEnd)), span, valueSpan: { start: this.runStart, end: this.runEnd } };
  }

  /** `<<EOT` or `<<-EOT`, its lines, and the closing marker on a line of its own. */
  private heredoc(): Expr {
    const start = this.pos;
    const mark = this.pending.length;
    const indented = this.code(2) === C.Minus;
    this.pos += indented ? 3 : 2;
    const markerStart = this.pos;
    while (isAlphanumeric(this.code()) || this.code() === C.Underscore || this.code() === C.Minus) this.pos++;
    if (this.pos === markerStart) throw DECLINE;
    const markerEnd = this.pos;
    const marker = this.text.slice(markerStart, markerEnd);
    // The marker's line must end right there (the scanner would take the rest as text).
    if (this.code() === C.Return) this.pos++;
    if (this.code() !== C.Newline) throw DECLINE;
    const dynamic = this.templateParts(HEREDOC, marker) !== 0;
    if (this.stop !== Stop.End) throw DECLINE;
    const closingStart = this.pos;
    this.pos += marker.length;
    this.lastEnd = this.pos;
    if (dynamic) return { kind: 'template', parts: this.pendingSince(mark), span: { start, end: this.pos } };
    return heredocString(this.text, start, this.pos, markerEnd, closingStart, indented);
  }

  /**
   * Template text, interpolations and directives until the closing quote or marker (left at
   * `pos`), or until `%{else}`, `%{endif}` or `%{endfor}` (then at its `%`). Text runs from the
   * first to the last non-blank character between two other tokens (the scanner skips blanks
   * before each chunk, so they are padding, not text): the last run is left in `runStart` and
   * `runEnd`. Returns how many interpolations and directives it took, with the stop in `this.stop`.
   */
  private templateParts(mode: TemplateMode, marker: string): number {
    const text = this.text;
    const length = this.length;
    let pos = this.pos;
    let runStart = -1;
    let runEnd = -1;
    let sawNewline = false;
    let dynamic = 0;
    for (;;) {
      if (pos >= length) throw DECLINE;
      const c = text.charCodeAt(pos);
      if (c === C.Space || c === C.Tab || c === C.Return || c === C.Newline) {
        if (c === C.Newline) {
          if (mode !== HEREDOC) throw DECLINE;
          sawNewline = true;
        }
        pos++;
        continue;
      }
      let width = 1;
      if (c === C.Quote && mode !== HEREDOC) {
        this.endRun(runStart, runEnd);
        this.pos = pos;
        this.stop = Stop.End;
        return dynamic;
      } else if (c === C.Dollar || c === C.Percent) {
        const next = text.charCodeAt(pos + 1);
        if (next === C.BraceOpen) {
          if (mode === LABEL) throw DECLINE;
          this.endRun(runStart, runEnd);
          runStart = -1;
          this.pos = pos;
          if (c === C.Dollar) {
            this.interpolation();
          } else {
            const stop = this.directive(mode, marker);
            if (stop !== Stop.End) {
              this.stop = stop;
              return dynamic;
            }
          }
          dynamic++;
          pos = this.pos;
          sawNewline = false;
          continue;
        }
        if (next === c) width = text.charCodeAt(pos + 2) === C.BraceOpen ? 3 : 2;
      } else if (c === C.Backslash && mode !== HEREDOC) {
        const next = text.charCodeAt(pos + 1);
        if (next === C.Quote || next === 110 || next === 114 || next === 116 || next === C.Backslash) width = 2;
        else if (next === 117 || next === 85) {
          const digits = next === 117 ? 4 : 8;
          for (let i = 0; i < digits; i++) if (!isHexDigit(text.charCodeAt(pos + 2 + i))) throw DECLINE;
          width = 2 + digits;
        } else {
          throw DECLINE;
        }
      } else if (sawNewline && mode === HEREDOC && text.startsWith(marker, pos)) {
        // The closing marker: at the start of a line, then only blanks up to the newline.
        let after = pos + marker.length;
        while (after < length && (text.charCodeAt(after) === C.Space || text.charCodeAt(after) === C.Tab || text.charCodeAt(after) === C.Return)) after++;
        if (after < length && text.charCodeAt(after) === C.Newline) {
          this.endRun(runStart, runEnd);
          this.pos = pos;
          this.stop = Stop.End;
          return dynamic;
        }
        // Not alone on its line: the scanner takes the marker, the blanks and one more character as text.
        if (after >= length) throw DECLINE;
        width = after + 1 - pos;
      }
      if (c >= 0xd800 && c <= 0xdbff) width = Math.max(width, 2);
      if (runStart < 0) runStart = pos;
      pos += width;
      runEnd = pos;
      sawNewline = false;
    }
  }

  /** Records a finished text run (see templateParts). */
  private endRun(start: number, end: number): void {
    if (start < 0) return;
    this.runStart = start;
    this.runEnd = end;
  }

  /** `${ expr }` at `pos`, with optional `~` strip markers. */
  private interpolation(): void {
    this.pos += 2;
    this.lastEnd = this.pos;
    this.accept(C.Tilde);
    this.skip();
    if (this.code() !== C.BraceClose && this.code() !== C.Tilde) this.expression();
    this.accept(C.Tilde);
    this.expect(C.BraceClose);
  }

  /**
   * A directive at `pos`: `%{if}`/`%{for}` with their bodies (returns Stop.End), or one of the
   * words that close a body (returns which, `pos` left at its `%` for the caller).
   */
  private directive(mode: TemplateMode, marker: string): Stop {
    const start = this.pos;
    this.pos += 2;
    this.accept(C.Tilde);
    this.skip();
    const wordStart = this.pos;
    const wordEnd = this.scanIdentifier();
    const word = this.text.slice(wordStart, wordEnd);
    if (word === 'else' || word === 'endif' || word === 'endfor') {
      this.pos = start;
      return word === 'else' ? Stop.Else : word === 'endif' ? Stop.EndIf : Stop.EndFor;
    }
    if (word !== 'if' && word !== 'for') throw DECLINE;
    this.pos = start;
    if (word === 'if') {
      this.directiveOpen('if');
      this.expression();
      this.directiveClose();
      this.templateParts(mode, marker);
      if (this.stop === Stop.Else) {
        this.directiveOpen('else');
        this.directiveClose();
        this.templateParts(mode, marker);
      }
      if (this.stop !== Stop.EndIf) throw DECLINE;
      this.directiveOpen('endif');
      this.directiveClose();
    } else {
      this.directiveOpen('for');
      this.name();
      if (this.accept(C.Comma)) this.name();
      this.takeWord('in');
      this.expression();
      this.directiveClose();
      this.templateParts(mode, marker);
      if (this.stop !== Stop.EndFor) throw DECLINE;
      this.directiveOpen('endfor');
      this.directiveClose();
    }
    return Stop.End;
  }

  /** `%{`, an optional `~`, and the directive's word. */
  private directiveOpen(word: string): void {
    this.pos += 2;
    this.accept(C.Tilde);
    this.takeWord(word);
  }

  /** An optional `~` and the directive's `}`. */
  private directiveClose(): void {
    this.accept(C.Tilde);
    this.expect(C.BraceClose);
  }
}

/** How template text is scanned: in quotes (escapes, no newlines), in a heredoc, or a block label (no templates). */
type TemplateMode = 0 | 1 | 2;
const QUOTED: TemplateMode = 0;
const HEREDOC: TemplateMode = 1;
const LABEL: TemplateMode = 2;

/** A binary operator's precedence and length; shared constants, so that looking one up allocates nothing. */
interface Operator {
  prec: number;
  width: number;
}
const NO_OPERATOR: Operator = { prec: 0, width: 0 };
const ORDER_1: Operator = { prec: PREC_ORDER, width: 1 };
const ORDER_2: Operator = { prec: PREC_ORDER, width: 2 };
const ADD: Operator = { prec: PREC_ADD, width: 1 };
const AND: Operator = { prec: PREC_AND, width: 2 };
const COMPARE: Operator = { prec: PREC_COMPARE, width: 2 };
const MULTIPLY: Operator = { prec: PREC_MULTIPLY, width: 1 };
const OR: Operator = { prec: PREC_OR, width: 2 };
