/**
 * elk layered options for the whole graph, chosen deliberately (see elk's reference for each id):
 * - layered: ML systems are pipelines; layers make the flow direction readable at a glance.
 * - hierarchyHandling INCLUDE_CHILDREN: groups are compound nodes laid out together with the
 *   whole graph, so edges that cross group borders (online ↔ offline) are routed in one pass.
 * - edgeRouting ORTHOGONAL: right-angle edges read as a schematic and never cut diagonally
 *   through boxes; elk keeps them clear of nodes.
 * - cycleBreaking GREEDY: we orient edges ourselves before elk sees them (edge-orientation.ts:
 *   request edges keep the main flow, loops from logs and training run against it), so the
 *   graph elk receives is acyclic at every level and greedy reverses nothing. MODEL_ORDER was
 *   the earlier choice; it reverses any edge written "backwards" in file order, which sent the
 *   client to the far right once groups come before it in the elk graph.
 * - considerModelOrder NODES_AND_EDGES: breaks crossing-minimisation ties by author order, which
 *   keeps results stable and lets the file order express the intended reading order.
 * - nodePlacement BRANDES_KOEPF with BALANCED alignment: NETWORK_SIMPLEX gives ~8 % fewer bends
 *   on the catalog but costs ~50 % more elk time (it runs over every dummy node of every long
 *   edge); measured on two-stage-recommender, warm: ~150 ms vs ~220 ms min on a busy 2-core box.
 *   The earlier ~355 ms came mostly from MODEL_ORDER cycle breaking (see above), whose
 *   reversed edges add long loops and their dummies, plus network simplex on top.
 * - thoroughness 10 (default 7): more crossing-minimisation restarts; on the catalog 42
 *   crossings in total vs 47 at 7 and 60 at 3, at no measurable cost for graphs this size
 *   (elk-graph.ts drops to 3 past 200 nodes, where each restart is expensive).
 * - edgeLabels.placement CENTER with inline false: labels become label dummies that layering
 *   reserves room for, so no label lands on a node.
 * - spacing: 72 px between layers leaves room for a label beside each bend; 28 px between
 *   nodes of a layer keeps the stack compact but edges distinguishable.
 * - json shape/edge coords ROOT: every box, bend point and label comes back in one absolute
 *   frame, so reading the result needs no re-basing.
 * - randomSeed 1: elk's few randomised steps are repeatable; output is byte-identical.
 */
export const ROOT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  'elk.layered.thoroughness': '10',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.spacing.componentComponent': '48',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.edgeLabels.inline': 'false',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.randomSeed': '1',
  'elk.padding': '[top=24,left=24,bottom=24,right=24]',
};

/**
 * Extra options for a relayout that must keep the mental map of an earlier layout (expanding a
 * node): layers come from pseudo positions carried over from the collapsed layout (INTERACTIVE
 * layering puts items whose flow-axis extents overlap in one layer) and semi-interactive
 * crossing minimisation keeps their order within each layer. Cycle breaking stays GREEDY: the
 * graph is already acyclic, and the interactive breaker would misread the positionless border
 * ports of groups as backward edges.
 */
export const MENTAL_MAP_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.semiInteractive': 'true',
  'elk.separateConnectedComponents': 'false',
  // The order of real nodes is fixed, so restarts would only reshuffle long-edge dummies.
  'elk.layered.thoroughness': '1',
};

/**
 * Extra root options when a diagram has lanes (lanes.ts): the root graph holds only the lanes and
 * ungrouped nodes, with pseudo positions that put every lane in one layer, stacked across the flow.
 * INTERACTIVE layering reads those positions (the edges between lanes no longer reach the root, so
 * nothing pushes a lane into a later layer); the stage order of the stack is the model order,
 * which crossing minimisation is told to keep (semi-interactive alone let generated graphs with
 * several lanes reorder them). Connected components stay together so the pseudo positions hold
 * globally. These options govern the root graph only: inside lanes elk minimises crossings bottom
 * up (lanes.ts), with the default thoroughness.
 */
export const LANE_OPTIONS: Readonly<Record<string, string>> = {
  ...MENTAL_MAP_OPTIONS,
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'true',
};

/** Edge options by kind: request edges are kept short and straight, they carry the story. */
export const REQUEST_EDGE_OPTIONS: Readonly<Record<string, string>> = {
  'elk.layered.priority.straightness': '10',
  'elk.layered.priority.shortness': '10',
};
