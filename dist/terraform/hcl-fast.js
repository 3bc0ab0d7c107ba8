/**
 * A hand-written parser for the native HCL syntax that emits the very tree tree-sitter's
 * Terraform grammar gives after the copy in hcl.ts (the same node types, offsets and parents,
 * only the kept nodes), at tens of MiB/s instead of tree-sitter's ~2.7 in WebAssembly.
 *
 * It mirrors the grammar and its external scanner rather than HCL's specification: newlines are
 * whitespace, string literals lose their leading and trailing blanks to padding, a heredoc ends
 * at the first line starting with its marker. It returns `undefined` for anything it does not
 * fully understand (a syntax error, a keyword used as a name, a character class the scanner
 * treats differently from ASCII); the caller then takes tree-sitter's path, so broken files
 * and odd syntax get tree-sitter's tree and error reports exactly as before.
 * test/terraform/hcl-fast.test.ts compares both parsers node for node.
 */
/** Type ids of this parser's table (HclTree carries its table; ids need not match the grammar's). */
var T;
(function (T) {
    T[T["ConfigFile"] = 0] = "ConfigFile";
    T[T["Body"] = 1] = "Body";
    T[T["Attribute"] = 2] = "Attribute";
    T[T["Block"] = 3] = "Block";
    T[T["Identifier"] = 4] = "Identifier";
    T[T["BlockStart"] = 5] = "BlockStart";
    T[T["Expression"] = 6] = "Expression";
    T[T["StringLit"] = 7] = "StringLit";
    T[T["TemplateLiteral"] = 8] = "TemplateLiteral";
    T[T["NumericLit"] = 9] = "NumericLit";
    T[T["BoolLit"] = 10] = "BoolLit";
    T[T["NullLit"] = 11] = "NullLit";
    T[T["QuotedTemplate"] = 12] = "QuotedTemplate";
    T[T["HeredocTemplate"] = 13] = "HeredocTemplate";
    T[T["HeredocStart"] = 14] = "HeredocStart";
    T[T["HeredocIdentifier"] = 15] = "HeredocIdentifier";
    T[T["TemplateInterpolation"] = 16] = "TemplateInterpolation";
    T[T["TemplateDirective"] = 17] = "TemplateDirective";
    T[T["TemplateFor"] = 18] = "TemplateFor";
    T[T["TemplateForStart"] = 19] = "TemplateForStart";
    T[T["TemplateForEnd"] = 20] = "TemplateForEnd";
    T[T["TemplateIf"] = 21] = "TemplateIf";
    T[T["TemplateIfIntro"] = 22] = "TemplateIfIntro";
    T[T["TemplateElseIntro"] = 23] = "TemplateElseIntro";
    T[T["TemplateIfEnd"] = 24] = "TemplateIfEnd";
    T[T["VariableExpr"] = 25] = "VariableExpr";
    T[T["FunctionCall"] = 26] = "FunctionCall";
    T[T["FunctionArguments"] = 27] = "FunctionArguments";
    T[T["Tuple"] = 28] = "Tuple";
    T[T["Object"] = 29] = "Object";
    T[T["ObjectElem"] = 30] = "ObjectElem";
    T[T["Index"] = 31] = "Index";
    T[T["NewIndex"] = 32] = "NewIndex";
    T[T["LegacyIndex"] = 33] = "LegacyIndex";
    T[T["GetAttr"] = 34] = "GetAttr";
    T[T["Splat"] = 35] = "Splat";
    T[T["AttrSplat"] = 36] = "AttrSplat";
    T[T["FullSplat"] = 37] = "FullSplat";
    T[T["ForExpr"] = 38] = "ForExpr";
    T[T["ForTupleExpr"] = 39] = "ForTupleExpr";
    T[T["ForObjectExpr"] = 40] = "ForObjectExpr";
    T[T["ForIntro"] = 41] = "ForIntro";
    T[T["ForCond"] = 42] = "ForCond";
    T[T["Conditional"] = 43] = "Conditional";
    T[T["UnaryOperation"] = 44] = "UnaryOperation";
    T[T["BinaryOperation"] = 45] = "BinaryOperation";
})(T || (T = {}));
/** Names by the ids above, as the grammar spells them. */
const TYPE_NAMES = [
    'config_file', 'body', 'attribute', 'block', 'identifier', 'block_start', 'expression', 'string_lit', 'template_literal', 'numeric_lit',
    'bool_lit', 'null_lit', 'quoted_template', 'heredoc_template', 'heredoc_start', 'heredoc_identifier', 'template_interpolation',
    'template_directive', 'template_for', 'template_for_start', 'template_for_end', 'template_if', 'template_if_intro', 'template_else_intro',
    'template_if_end', 'variable_expr', 'function_call', 'function_arguments', 'tuple', 'object', 'object_elem', 'index', 'new_index',
    'legacy_index', 'get_attr', 'splat', 'attr_splat', 'full_splat', 'for_expr', 'for_tuple_expr', 'for_object_expr', 'for_intro', 'for_cond',
    'conditional', 'unary_operation', 'binary_operation',
];
const FIELDS = 5;
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
class Decline extends Error {
}
const DECLINE = new Decline('declined');
var C;
(function (C) {
    C[C["Tab"] = 9] = "Tab";
    C[C["Newline"] = 10] = "Newline";
    C[C["Return"] = 13] = "Return";
    C[C["Space"] = 32] = "Space";
    C[C["Bang"] = 33] = "Bang";
    C[C["Quote"] = 34] = "Quote";
    C[C["Hash"] = 35] = "Hash";
    C[C["Dollar"] = 36] = "Dollar";
    C[C["Percent"] = 37] = "Percent";
    C[C["Ampersand"] = 38] = "Ampersand";
    C[C["ParenOpen"] = 40] = "ParenOpen";
    C[C["ParenClose"] = 41] = "ParenClose";
    C[C["Star"] = 42] = "Star";
    C[C["Plus"] = 43] = "Plus";
    C[C["Comma"] = 44] = "Comma";
    C[C["Minus"] = 45] = "Minus";
    C[C["Dot"] = 46] = "Dot";
    C[C["Slash"] = 47] = "Slash";
    C[C["Digit0"] = 48] = "Digit0";
    C[C["Digit9"] = 57] = "Digit9";
    C[C["Colon"] = 58] = "Colon";
    C[C["Less"] = 60] = "Less";
    C[C["Equals"] = 61] = "Equals";
    C[C["Greater"] = 62] = "Greater";
    C[C["Question"] = 63] = "Question";
    C[C["UpperA"] = 65] = "UpperA";
    C[C["UpperZ"] = 90] = "UpperZ";
    C[C["BracketOpen"] = 91] = "BracketOpen";
    C[C["Backslash"] = 92] = "Backslash";
    C[C["BracketClose"] = 93] = "BracketClose";
    C[C["Underscore"] = 95] = "Underscore";
    C[C["LowerA"] = 97] = "LowerA";
    C[C["LowerZ"] = 122] = "LowerZ";
    C[C["BraceOpen"] = 123] = "BraceOpen";
    C[C["Bar"] = 124] = "Bar";
    C[C["BraceClose"] = 125] = "BraceClose";
    C[C["Tilde"] = 126] = "Tilde";
})(C || (C = {}));
function isIdentifierStart(c) {
    return (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ) || c === C.Underscore;
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || (c >= C.Digit0 && c <= C.Digit9) || c === C.Minus;
}
function isDigit(c) {
    return c >= C.Digit0 && c <= C.Digit9;
}
function isAlphanumeric(c) {
    return isDigit(c) || (c >= C.LowerA && c <= C.LowerZ) || (c >= C.UpperA && c <= C.UpperZ);
}
function isHexDigit(c) {
    return isDigit(c) || (c >= C.LowerA && c <= 102) || (c >= C.UpperA && c <= 70);
}
/** The tree of a native HCL file, or undefined when the file needs tree-sitter (see above). */
export function parseHclFast(text) {
    if (UNSUPPORTED_CHARACTERS.test(text))
        return undefined;
    const parser = new FastParser(text);
    try {
        parser.file();
    }
    catch (error) {
        // A pathological nesting depth overflows the stack: tree-sitter's path copes with it.
        if (error === DECLINE || error instanceof RangeError)
            return undefined;
        throw error;
    }
    return { nodes: parser.nodes.subarray(0, parser.count * FIELDS), count: parser.count, typeNames: TYPE_NAMES, hasError: false };
}
/** What ended a template body: its closing quote or marker, or one of the directives that close a directive's body. */
var Stop;
(function (Stop) {
    Stop[Stop["End"] = 0] = "End";
    Stop[Stop["Else"] = 1] = "Else";
    Stop[Stop["EndIf"] = 2] = "EndIf";
    Stop[Stop["EndFor"] = 3] = "EndFor";
})(Stop || (Stop = {}));
class FastParser {
    text;
    nodes;
    count = 0;
    pos = 0;
    /** End of the last token taken: where a node ends (trailing blanks and comments stay outside). */
    lastEnd = 0;
    length;
    /** Nodes moved by `wrap` so far, and how many it may move before the file goes to tree-sitter (linear in the text). */
    moved = 0;
    moveBudget;
    constructor(text) {
        this.text = text;
        this.length = text.length;
        this.moveBudget = 4 * text.length + 4096;
        // About one kept node per five characters in real files: start near that, grow by doubling.
        this.nodes = new Int32Array(((text.length >> 2) + 64) * FIELDS);
    }
    file() {
        const root = this.open(T.ConfigFile, 0, -1);
        this.skip();
        if (this.pos < this.length) {
            if (this.code() === C.BraceOpen) {
                // JSON-looking `.tfvars` content: one object as the whole file.
                this.object(root);
            }
            else {
                const body = this.open(T.Body, this.pos, root);
                this.bodyItems(body, false);
                this.close(body);
            }
            this.skip();
            if (this.pos < this.length)
                throw DECLINE;
        }
        this.nodes[root * FIELDS + 2] = this.length;
    }
    // --- the flat tree -------------------------------------------------------------------------
    open(type, start, parent) {
        if ((this.count + 1) * FIELDS > this.nodes.length)
            this.grow();
        const at = this.count * FIELDS;
        const nodes = this.nodes;
        nodes[at] = type;
        nodes[at + 1] = start;
        nodes[at + 2] = start;
        nodes[at + 3] = 0;
        nodes[at + 4] = parent;
        return this.count++;
    }
    leaf(type, start, end, parent) {
        const node = this.open(type, start, parent);
        this.nodes[node * FIELDS + 2] = end;
    }
    close(node) {
        this.nodes[node * FIELDS + 2] = this.lastEnd;
    }
    grow() {
        const grown = new Int32Array(this.nodes.length * 2);
        grown.set(this.nodes);
        this.nodes = grown;
    }
    /**
     * Puts a new node of `type` at index `from`, around the nodes emitted since (children of
     * `parent`, starting at `start`): how a binary operation or a conditional wraps the operand
     * parsed before its operator was seen, keeping document order.
     */
    wrap(from, type, parent, start) {
        // Each wrap moves the operand's nodes: a chain of thousands of operators would go quadratic.
        this.moved += this.count - from;
        if (this.moved > this.moveBudget)
            throw DECLINE;
        if ((this.count + 1) * FIELDS > this.nodes.length)
            this.grow();
        const nodes = this.nodes;
        nodes.copyWithin((from + 1) * FIELDS, from * FIELDS, this.count * FIELDS);
        this.count++;
        for (let i = from + 1; i < this.count; i++) {
            const at = i * FIELDS + 4;
            const p = nodes[at];
            if (p === parent)
                nodes[at] = from;
            else if (p >= from)
                nodes[at] = p + 1;
        }
        const at = from * FIELDS;
        nodes[at] = type;
        nodes[at + 1] = start;
        nodes[at + 2] = this.lastEnd;
        nodes[at + 3] = 0;
        nodes[at + 4] = parent;
        return from;
    }
    // --- characters and tokens ---------------------------------------------------------------
    code(offset = 0) {
        const at = this.pos + offset;
        return at < this.length ? this.text.charCodeAt(at) : -1;
    }
    /** Blanks and the three kinds of comments (the grammar's extras). */
    skip() {
        const text = this.text;
        const length = this.length;
        let pos = this.pos;
        while (pos < length) {
            const c = text.charCodeAt(pos);
            if (c === C.Space || c === C.Newline || c === C.Tab || c === C.Return) {
                pos++;
            }
            else if (c === C.Hash || (c === C.Slash && text.charCodeAt(pos + 1) === C.Slash)) {
                const end = text.indexOf('\n', pos);
                pos = end < 0 ? length : end;
            }
            else if (c === C.Slash && text.charCodeAt(pos + 1) === C.Star) {
                const end = text.indexOf('*/', pos + 2);
                if (end < 0)
                    throw DECLINE;
                pos = end + 2;
            }
            else {
                break;
            }
        }
        this.pos = pos;
    }
    /** Takes `c` after blanks and comments, or declines. */
    expect(c) {
        this.skip();
        if (this.code() !== c)
            throw DECLINE;
        this.pos++;
        this.lastEnd = this.pos;
    }
    /** Takes `c` after blanks and comments when it is next. */
    accept(c) {
        this.skip();
        if (this.code() !== c)
            return false;
        this.pos++;
        this.lastEnd = this.pos;
        return true;
    }
    /** The identifier token at `pos` (letters, digits, `_`, `-` and `::` after the first), or an empty string. */
    scanIdentifier() {
        const text = this.text;
        let pos = this.pos;
        if (!isIdentifierStart(text.charCodeAt(pos)))
            return pos;
        pos++;
        for (;;) {
            const c = text.charCodeAt(pos);
            if (isIdentifierPart(c))
                pos++;
            else if (c === C.Colon && text.charCodeAt(pos + 1) === C.Colon)
                pos += 2;
            else
                break;
        }
        // A non-ASCII letter would continue an identifier for the grammar: leave such files to it.
        if (text.charCodeAt(pos) >= 128)
            throw DECLINE;
        return pos;
    }
    /**
     * An identifier used as a name, as a kept node under `parent`. Where only a name can stand
     * (attribute names, block types and labels, `.attr`), the grammar lexes keywords as names too
     * (`null = { source = "hashicorp/null" }`); elsewhere a keyword is left to tree-sitter.
     */
    name(parent, keywordsAllowed = false) {
        this.skip();
        const start = this.pos;
        const end = this.scanIdentifier();
        if (end === start || (!keywordsAllowed && end - start <= MAX_KEYWORD_LENGTH && KEYWORDS.has(this.text.slice(start, end))))
            throw DECLINE;
        this.pos = end;
        this.lastEnd = end;
        this.leaf(T.Identifier, start, end, parent);
    }
    /** Whether the next word is exactly `word` (not a longer identifier starting with it). */
    atWord(word) {
        this.skip();
        if (!this.text.startsWith(word, this.pos))
            return false;
        const after = this.text.charCodeAt(this.pos + word.length);
        return !(isIdentifierPart(after) || after === C.Colon || after >= 128);
    }
    takeWord(word) {
        if (!this.atWord(word))
            throw DECLINE;
        this.pos += word.length;
        this.lastEnd = this.pos;
    }
    // --- bodies --------------------------------------------------------------------------------
    /** Attributes and blocks until the end of the file or, in a block, its `}`. */
    bodyItems(body, inBlock) {
        for (;;) {
            this.skip();
            if (this.pos >= this.length || (inBlock && this.code() === C.BraceClose))
                return;
            const start = this.pos;
            const item = this.open(T.Attribute, start, body);
            this.name(item, true);
            this.skip();
            if (this.code() === C.Equals && this.code(1) !== C.Equals && this.code(1) !== C.Greater) {
                this.pos++;
                this.expression(item);
            }
            else {
                this.nodes[item * FIELDS] = T.Block;
                this.blockRest(item);
            }
            this.close(item);
        }
    }
    /** A block after its type: labels, `{`, the body, `}`. */
    blockRest(block) {
        for (;;) {
            this.skip();
            const c = this.code();
            if (c === C.Quote) {
                this.quoted(block, false);
            }
            else if (c === C.BraceOpen) {
                break;
            }
            else {
                this.name(block, true);
            }
        }
        this.leaf(T.BlockStart, this.pos, this.pos + 1, block);
        this.pos++;
        this.lastEnd = this.pos;
        this.skip();
        if (this.code() !== C.BraceClose) {
            const body = this.open(T.Body, this.pos, block);
            this.bodyItems(body, true);
            this.close(body);
        }
        this.expect(C.BraceClose);
    }
    // --- expressions ---------------------------------------------------------------------------
    /** An `expression` node: a conditional or an operation's terms. */
    expression(parent) {
        this.skip();
        const start = this.pos;
        const node = this.open(T.Expression, start, parent);
        const first = this.count;
        this.binary(node, 0);
        // `a ? b : c ? d : e` groups to the left in the grammar: ((a ? b : c) ? d : e).
        for (;;) {
            const operandEnd = this.lastEnd;
            if (!this.accept(C.Question))
                break;
            const afterQuestion = this.lastEnd;
            this.lastEnd = operandEnd;
            this.wrap(first, T.Expression, node, start);
            const conditional = this.wrap(first, T.Conditional, node, start);
            this.lastEnd = afterQuestion;
            this.expression(conditional);
            this.expect(C.Colon);
            this.skip();
            const last = this.open(T.Expression, this.pos, conditional);
            this.binary(last, 0);
            this.close(last);
            this.close(conditional);
        }
        this.close(node);
    }
    /** Operator precedence climbing over unary terms, left-associative like the grammar's `prec.left`. */
    binary(parent, minPrec) {
        const first = this.count;
        this.skip();
        const start = this.pos;
        this.unary(parent);
        for (;;) {
            this.skip();
            const { prec, width } = this.operator();
            if (prec === 0 || prec < minPrec)
                return;
            const operation = this.wrap(first, T.BinaryOperation, parent, start);
            this.pos += width;
            this.lastEnd = this.pos;
            this.binary(operation, prec + 1);
            this.close(operation);
        }
    }
    /** The binary operator at `pos`: its precedence (0 for none) and length. */
    operator() {
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
                if (next === C.Less)
                    throw DECLINE;
                return next === C.Equals ? ORDER_2 : ORDER_1;
            case C.Equals:
                return next === C.Equals ? COMPARE : NO_OPERATOR;
            case C.Bang:
                return next === C.Equals ? COMPARE : NO_OPERATOR;
            case C.Ampersand:
                if (next !== C.Ampersand)
                    throw DECLINE;
                return AND;
            case C.Bar:
                if (next !== C.Bar)
                    throw DECLINE;
                return OR;
            default:
                return NO_OPERATOR;
        }
    }
    /** `-x`, `!x` (binding tighter than any binary operator, looser than `.attr` and `[i]`), or a term. */
    unary(parent) {
        this.skip();
        const c = this.code();
        if (c === C.Minus || c === C.Bang) {
            const node = this.open(T.UnaryOperation, this.pos, parent);
            this.pos++;
            this.lastEnd = this.pos;
            this.unary(node);
            this.close(node);
            return;
        }
        this.term(parent);
        this.postfix(parent);
    }
    /** `.name`, `.0`, `[i]`, `.*` and `[*]` after a term: siblings of the term in the grammar's flat run. */
    postfix(parent) {
        for (;;) {
            this.skip();
            const c = this.code();
            if (c === C.Dot) {
                const next = this.code(1);
                if (next === C.Dot)
                    return; // `...` ends a function's arguments or a `for`
                if (next === C.Star) {
                    const splat = this.open(T.Splat, this.pos, parent);
                    const inner = this.open(T.AttrSplat, this.pos, splat);
                    this.pos += 2;
                    this.lastEnd = this.pos;
                    this.splatSteps(inner);
                    this.close(inner);
                    this.close(splat);
                    continue;
                }
                this.dotStep(parent);
            }
            else if (c === C.BracketOpen) {
                if (this.code(1) === C.Star && this.code(2) === C.BracketClose) {
                    const splat = this.open(T.Splat, this.pos, parent);
                    const inner = this.open(T.FullSplat, this.pos, splat);
                    this.pos += 3;
                    this.lastEnd = this.pos;
                    this.splatSteps(inner);
                    this.close(inner);
                    this.close(splat);
                    continue;
                }
                this.bracketIndex(parent);
            }
            else {
                return;
            }
        }
    }
    /** The attribute and index steps a splat takes after it (`.*.name[0]`). */
    splatSteps(parent) {
        for (;;) {
            this.skip();
            const c = this.code();
            if (c === C.Dot) {
                const next = this.code(1);
                if (next === C.Dot || next === C.Star)
                    return;
                this.dotStep(parent);
            }
            else if (c === C.BracketOpen) {
                if (this.code(1) === C.Star)
                    return;
                this.bracketIndex(parent);
            }
            else {
                return;
            }
        }
    }
    /** `.name` or `.0` at `pos`. */
    dotStep(parent) {
        const start = this.pos;
        this.pos++;
        this.skip();
        if (isDigit(this.code())) {
            const index = this.open(T.Index, start, parent);
            const legacy = this.open(T.LegacyIndex, start, index);
            let pos = this.pos;
            while (isDigit(this.text.charCodeAt(pos)))
                pos++;
            const after = this.text.charCodeAt(pos);
            if (isIdentifierPart(after) || after >= 128)
                throw DECLINE;
            this.pos = pos;
            this.lastEnd = pos;
            this.close(legacy);
            this.close(index);
            return;
        }
        const node = this.open(T.GetAttr, start, parent);
        this.name(node, true);
        this.close(node);
    }
    /** `[expr]` at `pos`. */
    bracketIndex(parent) {
        const index = this.open(T.Index, this.pos, parent);
        const inner = this.open(T.NewIndex, this.pos, index);
        this.pos++;
        this.expression(inner);
        this.expect(C.BracketClose);
        this.close(inner);
        this.close(index);
    }
    /** A primary term: literal, template, reference, call, collection, `for`, or `(expr)`. */
    term(parent) {
        this.skip();
        const start = this.pos;
        const c = this.code();
        if (c === C.Quote) {
            this.quoted(parent, true);
        }
        else if (isDigit(c)) {
            this.number(parent);
        }
        else if (c === C.BracketOpen) {
            if (this.lookingAtFor(1))
                this.forExpression(parent, false);
            else
                this.tuple(parent);
        }
        else if (c === C.BraceOpen) {
            if (this.lookingAtFor(1))
                this.forExpression(parent, true);
            else
                this.object(parent);
        }
        else if (c === C.ParenOpen) {
            this.pos++;
            this.expression(parent);
            this.expect(C.ParenClose);
        }
        else if (c === C.Less && this.code(1) === C.Less) {
            this.heredoc(parent);
        }
        else {
            const end = this.scanIdentifier();
            if (end === start)
                throw DECLINE;
            // Keywords are short: longer names need no look-up.
            const word = end - start <= MAX_KEYWORD_LENGTH ? this.text.slice(start, end) : '';
            if (word === 'true' || word === 'false' || word === 'null') {
                this.pos = this.lastEnd = end;
                this.leaf(word === 'null' ? T.NullLit : T.BoolLit, start, end, parent);
                return;
            }
            if (KEYWORDS.has(word))
                throw DECLINE;
            this.pos = end;
            this.skip();
            if (this.code() === C.ParenOpen) {
                this.call(parent, start, end);
                return;
            }
            this.lastEnd = end;
            const variable = this.open(T.VariableExpr, start, parent);
            this.leaf(T.Identifier, start, end, variable);
            this.close(variable);
        }
    }
    /** Whether `for` follows the bracket at `pos + offset` (a `for` expression, not a tuple or object). */
    lookingAtFor(offset) {
        const saved = this.pos;
        this.pos += offset;
        const found = this.atWord('for');
        this.pos = saved;
        return found;
    }
    /** `[0-9]+(\.[0-9]+([eE][-+]?[0-9]+)?)?` or `0x[0-9a-zA-Z]+`, the grammar's two number tokens. */
    number(parent) {
        const text = this.text;
        const start = this.pos;
        let pos = start;
        if (text.charCodeAt(pos) === C.Digit0 && text.charCodeAt(pos + 1) === 120 && isAlphanumeric(text.charCodeAt(pos + 2))) {
            pos += 2;
            while (isAlphanumeric(text.charCodeAt(pos)))
                pos++;
        }
        else {
            while (isDigit(text.charCodeAt(pos)))
                pos++;
            if (text.charCodeAt(pos) === C.Dot && isDigit(text.charCodeAt(pos + 1))) {
                pos += 2;
                while (isDigit(text.charCodeAt(pos)))
                    pos++;
                const e = text.charCodeAt(pos) | 0x20;
                if (e === 101) {
                    let at = pos + 1;
                    const sign = text.charCodeAt(at);
                    if (sign === C.Plus || sign === C.Minus)
                        at++;
                    if (isDigit(text.charCodeAt(at))) {
                        pos = at;
                        while (isDigit(text.charCodeAt(pos)))
                            pos++;
                    }
                }
            }
        }
        const after = text.charCodeAt(pos);
        if (isIdentifierPart(after) || after >= 128)
            throw DECLINE;
        this.pos = this.lastEnd = pos;
        this.leaf(T.NumericLit, start, pos, parent);
    }
    /** `name(args)`, the name already scanned and `pos` at `(`. */
    call(parent, start, nameEnd) {
        const node = this.open(T.FunctionCall, start, parent);
        this.leaf(T.Identifier, start, nameEnd, node);
        this.pos++;
        this.lastEnd = this.pos;
        this.skip();
        if (this.code() !== C.ParenClose) {
            const args = this.open(T.FunctionArguments, this.pos, node);
            for (;;) {
                this.expression(args);
                this.skip();
                if (this.code() === C.Dot && this.code(1) === C.Dot && this.code(2) === C.Dot) {
                    this.pos += 3;
                    this.lastEnd = this.pos;
                    break;
                }
                if (!this.accept(C.Comma))
                    break;
                this.skip();
                if (this.code() === C.ParenClose)
                    break;
            }
            this.close(args);
        }
        this.expect(C.ParenClose);
        this.close(node);
    }
    tuple(parent) {
        const node = this.open(T.Tuple, this.pos, parent);
        this.pos++;
        this.skip();
        if (this.code() !== C.BracketClose) {
            for (;;) {
                this.expression(node);
                if (!this.accept(C.Comma))
                    break;
                this.skip();
                if (this.code() === C.BracketClose)
                    break;
            }
        }
        this.expect(C.BracketClose);
        this.close(node);
    }
    /** `{ key = value, ... }`: keys are expressions, `=` or `:` between, commas optional. */
    object(parent) {
        const node = this.open(T.Object, this.pos, parent);
        this.pos++;
        for (;;) {
            this.skip();
            if (this.code() === C.BraceClose)
                break;
            this.skip();
            const element = this.open(T.ObjectElem, this.pos, node);
            this.expression(element);
            this.skip();
            const c = this.code();
            if (c === C.Colon || (c === C.Equals && this.code(1) !== C.Equals && this.code(1) !== C.Greater))
                this.pos++;
            else
                throw DECLINE;
            this.expression(element);
            this.close(element);
            this.accept(C.Comma);
        }
        this.pos++;
        this.lastEnd = this.pos;
        this.close(node);
    }
    /** `[for x in xs : v if c]` and `{for k, v in m : k => v... if c}`. */
    forExpression(parent, isObject) {
        const wrapper = this.open(T.ForExpr, this.pos, parent);
        const node = this.open(isObject ? T.ForObjectExpr : T.ForTupleExpr, this.pos, wrapper);
        this.pos++;
        this.skip();
        const intro = this.open(T.ForIntro, this.pos, node);
        this.takeWord('for');
        this.name(intro);
        if (this.accept(C.Comma))
            this.name(intro);
        this.takeWord('in');
        this.expression(intro);
        this.expect(C.Colon);
        this.close(intro);
        this.expression(node);
        if (isObject) {
            this.skip();
            if (this.code() !== C.Equals || this.code(1) !== C.Greater)
                throw DECLINE;
            this.pos += 2;
            this.expression(node);
            this.skip();
            if (this.code() === C.Dot && this.code(1) === C.Dot && this.code(2) === C.Dot) {
                this.pos += 3;
                this.lastEnd = this.pos;
            }
        }
        if (this.atWord('if')) {
            const condition = this.open(T.ForCond, this.pos, node);
            this.takeWord('if');
            this.expression(condition);
            this.close(condition);
        }
        this.expect(isObject ? C.BraceClose : C.BracketClose);
        this.close(node);
        this.close(wrapper);
    }
    // --- templates -----------------------------------------------------------------------------
    /**
     * A quoted string at `pos`: `string_lit` when it holds only text, `quoted_template` when it
     * interpolates or has directives (block labels may not).
     */
    quoted(parent, templates) {
        const node = this.open(T.StringLit, this.pos, parent);
        this.pos++;
        const dynamic = this.templateParts(node, templates ? QUOTED : LABEL, '') !== 0;
        if (this.stop !== Stop.End)
            throw DECLINE;
        if (this.code() !== C.Quote)
            throw DECLINE;
        this.pos++;
        this.lastEnd = this.pos;
        if (dynamic)
            this.nodes[node * FIELDS] = T.QuotedTemplate;
        this.close(node);
    }
    /** `<<EOT` or `<<-EOT`, its lines, and the closing marker on a line of its own. */
    heredoc(parent) {
        const node = this.open(T.HeredocTemplate, this.pos, parent);
        const start = this.pos;
        this.pos += this.code(2) === C.Minus ? 3 : 2;
        this.leaf(T.HeredocStart, start, this.pos, node);
        const markerStart = this.pos;
        while (isAlphanumeric(this.code()) || this.code() === C.Underscore || this.code() === C.Minus)
            this.pos++;
        if (this.pos === markerStart)
            throw DECLINE;
        const marker = this.text.slice(markerStart, this.pos);
        this.leaf(T.HeredocIdentifier, markerStart, this.pos, node);
        // The marker's line must end right there (the scanner would take the rest as text).
        if (this.code() === C.Return)
            this.pos++;
        if (this.code() !== C.Newline)
            throw DECLINE;
        this.templateParts(node, HEREDOC, marker);
        if (this.stop !== Stop.End)
            throw DECLINE;
        this.leaf(T.HeredocIdentifier, this.pos, this.pos + marker.length, node);
        this.pos += marker.length;
        this.lastEnd = this.pos;
        this.close(node);
    }
    /**
     * Template text, interpolations and directives under `parent` until the closing quote or
     * marker (left at `pos`), or until `%{else}`, `%{endif}` or `%{endfor}` (then at its `%`).
     * Text becomes `template_literal` nodes running from the first to the last non-blank
     * character between two other tokens: the scanner skips blanks before each chunk, so they
     * are padding, not text. Returns how many interpolations and directives it took, with the
     * stop in `this.stop`.
     */
    templateParts(parent, mode, marker) {
        const text = this.text;
        const length = this.length;
        let pos = this.pos;
        let runStart = -1;
        let runEnd = -1;
        let sawNewline = false;
        let dynamic = 0;
        for (;;) {
            if (pos >= length)
                throw DECLINE;
            const c = text.charCodeAt(pos);
            if (c === C.Space || c === C.Tab || c === C.Return || c === C.Newline) {
                if (c === C.Newline) {
                    if (mode !== HEREDOC)
                        throw DECLINE;
                    sawNewline = true;
                }
                pos++;
                continue;
            }
            let width = 1;
            if (c === C.Quote && mode !== HEREDOC) {
                if (runStart >= 0)
                    this.leaf(T.TemplateLiteral, runStart, runEnd, parent);
                runStart = -1;
                this.pos = pos;
                this.stop = Stop.End;
                return dynamic;
            }
            else if (c === C.Dollar || c === C.Percent) {
                const next = text.charCodeAt(pos + 1);
                if (next === C.BraceOpen) {
                    if (mode === LABEL)
                        throw DECLINE;
                    if (runStart >= 0)
                        this.leaf(T.TemplateLiteral, runStart, runEnd, parent);
                    runStart = -1;
                    this.pos = pos;
                    if (c === C.Dollar) {
                        this.interpolation(parent);
                    }
                    else {
                        const stop = this.directive(parent, mode, marker);
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
                if (next === c)
                    width = text.charCodeAt(pos + 2) === C.BraceOpen ? 3 : 2;
            }
            else if (c === C.Backslash && mode !== HEREDOC) {
                const next = text.charCodeAt(pos + 1);
                if (next === C.Quote || next === 110 || next === 114 || next === 116 || next === C.Backslash)
                    width = 2;
                else if (next === 117 || next === 85) {
                    const digits = next === 117 ? 4 : 8;
                    for (let i = 0; i < digits; i++)
                        if (!isHexDigit(text.charCodeAt(pos + 2 + i)))
                            throw DECLINE;
                    width = 2 + digits;
                }
                else {
                    throw DECLINE;
                }
            }
            else if (sawNewline && mode === HEREDOC && text.startsWith(marker, pos)) {
                // The closing marker: at the start of a line, then only blanks up to the newline.
                let after = pos + marker.length;
                while (after < length && (text.charCodeAt(after) === C.Space || text.charCodeAt(after) === C.Tab || text.charCodeAt(after) === C.Return))
                    after++;
                if (after < length && text.charCodeAt(after) === C.Newline) {
                    if (runStart >= 0)
                        this.leaf(T.TemplateLiteral, runStart, runEnd, parent);
                    runStart = -1;
                    this.pos = pos;
                    this.stop = Stop.End;
                    return dynamic;
                }
                // Not alone on its line: the scanner takes the marker, the blanks and one more character as text.
                if (after >= length)
                    throw DECLINE;
                width = after + 1 - pos;
            }
            if (c >= 0xd800 && c <= 0xdbff)
                width = Math.max(width, 2);
            if (runStart < 0)
                runStart = pos;
            pos += width;
            runEnd = pos;
            sawNewline = false;
        }
    }
    /** What the last `templateParts` stopped at. */
    stop = Stop.End;
    /** `${ expr }` at `pos`, with optional `~` strip markers. */
    interpolation(parent) {
        const node = this.open(T.TemplateInterpolation, this.pos, parent);
        this.pos += 2;
        this.lastEnd = this.pos;
        this.accept(C.Tilde);
        this.skip();
        if (this.code() !== C.BraceClose && this.code() !== C.Tilde)
            this.expression(node);
        this.accept(C.Tilde);
        this.expect(C.BraceClose);
        this.close(node);
    }
    /**
     * A directive at `pos`: `%{if}`/`%{for}` with their bodies (returns Stop.End), or one of the
     * words that close a body (returns which, `pos` left at its `%` for the caller).
     */
    directive(parent, mode, marker) {
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
        if (word !== 'if' && word !== 'for')
            throw DECLINE;
        this.pos = start;
        const node = this.open(T.TemplateDirective, start, parent);
        if (word === 'if') {
            const branch = this.open(T.TemplateIf, start, node);
            const intro = this.open(T.TemplateIfIntro, start, branch);
            this.directiveOpen('if');
            this.expression(intro);
            this.directiveClose();
            this.close(intro);
            this.templateParts(branch, mode, marker);
            if (this.stop === Stop.Else) {
                const elseIntro = this.open(T.TemplateElseIntro, this.pos, branch);
                this.directiveOpen('else');
                this.directiveClose();
                this.close(elseIntro);
                this.templateParts(branch, mode, marker);
            }
            if (this.stop !== Stop.EndIf)
                throw DECLINE;
            const end = this.open(T.TemplateIfEnd, this.pos, branch);
            this.directiveOpen('endif');
            this.directiveClose();
            this.close(end);
            this.close(branch);
        }
        else {
            const loop = this.open(T.TemplateFor, start, node);
            const intro = this.open(T.TemplateForStart, start, loop);
            this.directiveOpen('for');
            this.name(intro);
            if (this.accept(C.Comma))
                this.name(intro);
            this.takeWord('in');
            this.expression(intro);
            this.directiveClose();
            this.close(intro);
            this.templateParts(loop, mode, marker);
            if (this.stop !== Stop.EndFor)
                throw DECLINE;
            const end = this.open(T.TemplateForEnd, this.pos, loop);
            this.directiveOpen('endfor');
            this.directiveClose();
            this.close(end);
            this.close(loop);
        }
        this.close(node);
        return Stop.End;
    }
    /** `%{`, an optional `~`, and the directive's word. */
    directiveOpen(word) {
        this.pos += 2;
        this.accept(C.Tilde);
        this.takeWord(word);
    }
    /** An optional `~` and the directive's `}`. */
    directiveClose() {
        this.accept(C.Tilde);
        this.expect(C.BraceClose);
    }
}
const QUOTED = 0;
const HEREDOC = 1;
const LABEL = 2;
const NO_OPERATOR = { prec: 0, width: 0 };
const ORDER_1 = { prec: PREC_ORDER, width: 1 };
const ORDER_2 = { prec: PREC_ORDER, width: 2 };
const ADD = { prec: PREC_ADD, width: 1 };
const AND = { prec: PREC_AND, width: 2 };
const COMPARE = { prec: PREC_COMPARE, width: 2 };
const MULTIPLY = { prec: PREC_MULTIPLY, width: 1 };
const OR = { prec: PREC_OR, width: 2 };
