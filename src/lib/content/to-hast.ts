import type { Root as HastRoot } from "hast";
import type { Nodes, Root, RootContent } from "mdast";
import { type Options, type State, toHast } from "mdast-util-to-hast";

/**
 * mdast blocks to hast, the tree `toHast({ type: "root", children: nodes }, options)` makes.
 *
 * toHast starts with a walk over the whole tree for link and footnote definitions (with
 * unist-util-visit, which builds the list of ancestors at every node): in a read of 400 answers that
 * walk was about a third of what turning them into hast cost. An answer seldom holds a definition;
 * without any, that walk would find nothing, so the blocks are handed to toHast inside one node of
 * their own, which the walk does not enter and whose handler turns them as the root's handler would
 * (state.all over a root of them; the outer root wraps them as it wraps its children). With a
 * definition anywhere below (`children` only, as the walk goes), the tree is given as it is.
 * tests/unit/content/to-hast.test.ts checks the two agree.
 */
const BLOCKS = "prepdeckBlocks";

function hasDefinition(nodes: readonly Nodes[]): boolean {
  for (const n of nodes) {
    if (n.type === "definition" || n.type === "footnoteDefinition") return true;
    if ("children" in n && hasDefinition(n.children)) return true;
  }
  return false;
}

/** A converter for one set of options (made once per read: the handlers are copied once). */
export function blocksToHast(options: Options): (nodes: RootContent[]) => HastRoot {
  const handlers = { ...options.handlers, [BLOCKS]: (state: State, node: { blocks: RootContent[] }) => state.all({ type: "root", children: node.blocks } satisfies Root) };
  const wrapped: Options = { ...options, handlers: handlers as Options["handlers"] };
  return (nodes) => {
    if (hasDefinition(nodes)) return toHast({ type: "root", children: nodes }, options) as HastRoot;
    return toHast({ type: "root", children: [{ type: BLOCKS, blocks: nodes }] } as never, wrapped) as HastRoot;
  };
}
