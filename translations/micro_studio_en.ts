<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="43"/>
        <source>Open a freshly generated demo project and train the demo models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="44"/>
        <source>Run the demo in the terminal without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="45"/>
        <source>Project file to open (or to create for --demo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="46"/>
        <source>With --demo: save a PNG of the window when the demo is done, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="47"/>
        <source>Project file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="68"/>
        <source>No display: running the demo headless into %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="76"/>
        <source>Runs are stored in %1; open it with micro-studio or inspect it with micro-cli runs --project FILE.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::app</name>
    <message>
        <location filename="../app/clicommands.cpp" line="87"/>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="98"/>
        <source>--%1 expects a whole number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="109"/>
        <source>--%1 expects a number, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="120"/>
        <source>--seed expects a non-negative whole number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="130"/>
        <source>--run expects a run id (see &apos;micro-cli runs&apos;), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="137"/>
        <source>The project file (.micro).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="137"/>
        <location filename="../app/clicommands.cpp" line="826"/>
        <location filename="../app/clicommands.cpp" line="845"/>
        <location filename="../app/clicommands.cpp" line="859"/>
        <location filename="../app/clicommands.cpp" line="878"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="142"/>
        <source>Worker threads (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="142"/>
        <location filename="../app/clicommands.cpp" line="558"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="217"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4, %5 groups.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="229"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="237"/>
        <source>--model expects micro, single or static, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="239"/>
        <source>--router expects linear or mlp, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="253"/>
        <location filename="../app/clicommands.cpp" line="673"/>
        <source>--fit expects gradient or em, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="265"/>
        <source>micro (default), single (one BT head) or static (mixture without router input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="265"/>
        <location filename="../app/clicommands.cpp" line="835"/>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="266"/>
        <source>Number of reward heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="266"/>
        <location filename="../app/clicommands.cpp" line="335"/>
        <location filename="../app/clicommands.cpp" line="704"/>
        <location filename="../app/clicommands.cpp" line="784"/>
        <location filename="../app/clicommands.cpp" line="868"/>
        <location filename="../app/clicommands.cpp" line="879"/>
        <location filename="../app/clicommands.cpp" line="892"/>
        <location filename="../app/demoreport.cpp" line="20"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>Router: linear (default) or mlp (one hidden layer of --hidden ReLU units).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="267"/>
        <location filename="../app/clicommands.cpp" line="277"/>
        <location filename="../app/clicommands.cpp" line="880"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>Hidden units of the MLP router (default 128).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>Weight of the router-entropy regulariser (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="270"/>
        <source>Passes over the training rows (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="270"/>
        <location filename="../app/clicommands.cpp" line="559"/>
        <location filename="../app/clicommands.cpp" line="771"/>
        <location filename="../app/clicommands.cpp" line="856"/>
        <location filename="../app/clicommands.cpp" line="893"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <source>Mini-batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <location filename="../app/clicommands.cpp" line="560"/>
        <location filename="../app/clicommands.cpp" line="834"/>
        <location filename="../app/clicommands.cpp" line="894"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <source>Peak AdamW learning rate (default 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <location filename="../app/clicommands.cpp" line="561"/>
        <location filename="../app/clicommands.cpp" line="895"/>
        <source>LR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="273"/>
        <source>AdamW weight decay (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="273"/>
        <source>WD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <location filename="../app/clicommands.cpp" line="562"/>
        <location filename="../app/clicommands.cpp" line="858"/>
        <location filename="../app/clicommands.cpp" line="882"/>
        <location filename="../app/clicommands.cpp" line="896"/>
        <source>Random seed (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <location filename="../app/clicommands.cpp" line="562"/>
        <location filename="../app/clicommands.cpp" line="772"/>
        <location filename="../app/clicommands.cpp" line="785"/>
        <location filename="../app/clicommands.cpp" line="858"/>
        <location filename="../app/clicommands.cpp" line="882"/>
        <location filename="../app/clicommands.cpp" line="896"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="275"/>
        <source>Share of rows held out for validation (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="275"/>
        <location filename="../app/clicommands.cpp" line="787"/>
        <location filename="../app/clicommands.cpp" line="857"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="276"/>
        <source>gradient (default: AdamW on the paper&apos;s loss) or em (expectation-maximisation of the likelihood; linear router).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="276"/>
        <location filename="../app/clicommands.cpp" line="855"/>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="277"/>
        <source>EM: random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="278"/>
        <source>EM: iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="278"/>
        <location filename="../app/clicommands.cpp" line="881"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="293"/>
        <source>epoch %1: training NLL %2, validation NLL %3, accuracy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="308"/>
        <source>Run %1: validation accuracy %2, NLL %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="311"/>
        <source>, ARI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="312"/>
        <source>, %1 s.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="335"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="335"/>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="335"/>
        <location filename="../app/demoreport.cpp" line="19"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="336"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="336"/>
        <location filename="../app/demoreport.cpp" line="21"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="336"/>
        <location filename="../app/demoreport.cpp" line="22"/>
        <source>NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="357"/>
        <source>Run %1 on %2 validation rows: accuracy %3, NLL %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="360"/>
        <source>Agreement with known groups: ARI %1, NMI %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="362"/>
        <source>Recovery of the true heads (mean cosine after matching): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="364"/>
        <source>group %1: accuracy %2; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="370"/>
        <source>context %1: accuracy %2; best head %3; per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="377"/>
        <source>True model accuracy %1; single-BT cross-entropy bound %2; this model&apos;s expected cross-entropy %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="397"/>
        <location filename="../app/clicommands.cpp" line="531"/>
        <location filename="../app/clicommands.cpp" line="621"/>
        <source>--out must end in .json or .csv, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="405"/>
        <source>status %1, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="458"/>
        <source>Wrote %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="556"/>
        <source>The Stage-1 run whose heads are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="556"/>
        <location filename="../app/clicommands.cpp" line="817"/>
        <location filename="../app/clicommands.cpp" line="825"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="557"/>
        <source>Dataset with the labelled pairs and their contexts (default: the run&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="557"/>
        <source>DATASET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="558"/>
        <source>Temperature of the Hedge targets (default 0.001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="559"/>
        <source>Router epochs (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="560"/>
        <location filename="../app/clicommands.cpp" line="894"/>
        <source>Batch size (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="561"/>
        <source>AdamW learning rate of the router (default 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="563"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts the routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="574"/>
        <source>--method expects micro or hyre, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="587"/>
        <source>Run %1 (%2, parent %3): accuracy %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="592"/>
        <source>  %1: %2 labelled, %3 scored, accuracy %4 -&gt; %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="596"/>
        <source>  %1: accuracy %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="610"/>
        <source>--%1 expects whole numbers separated by commas, got &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="650"/>
        <source>Stage-1 accuracy %1. Accuracy by labelled pairs per context (mean ± sd over %2 seeds):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="652"/>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="652"/>
        <source>MiCRo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="652"/>
        <source>HyRe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="670"/>
        <source>--k expects a range like 1..10, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="704"/>
        <source>held-out NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="704"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="704"/>
        <location filename="../app/demoreport.cpp" line="24"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="707"/>
        <source>Suggested K = %1 (lowest BIC); lowest held-out NLL at K = %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="717"/>
        <source>--k must be at least 2, --pairs at least 2 and --dim at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="767"/>
        <source>Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="771"/>
        <source>Epochs per model (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="772"/>
        <source>Random seed (default 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="776"/>
        <source>Generate a synthetic dataset with ground truth into the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="780"/>
        <location filename="../app/clicommands.cpp" line="798"/>
        <location filename="../app/clicommands.cpp" line="806"/>
        <location filename="../app/clicommands.cpp" line="853"/>
        <source>Dataset name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="780"/>
        <location filename="../app/clicommands.cpp" line="798"/>
        <location filename="../app/clicommands.cpp" line="806"/>
        <location filename="../app/clicommands.cpp" line="853"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="781"/>
        <source>Comparisons (default 4000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="781"/>
        <location filename="../app/clicommands.cpp" line="844"/>
        <location filename="../app/clicommands.cpp" line="869"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="782"/>
        <source>Response-feature dimension D (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="782"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="783"/>
        <source>Prompt-feature dimension P (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="783"/>
        <location filename="../app/clicommands.cpp" line="870"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="784"/>
        <source>Groups (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="785"/>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="786"/>
        <source>Norm of each group&apos;s reward vector (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="786"/>
        <location filename="../app/clicommands.cpp" line="788"/>
        <location filename="../app/clicommands.cpp" line="790"/>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="787"/>
        <source>Probability of flipping a label (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="788"/>
        <source>How strongly the prompt decides the group (default 4; 0 = not at all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="789"/>
        <source>Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="789"/>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="790"/>
        <source>How strongly a context favours its groups (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="795"/>
        <source>Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="799"/>
        <source>Folder with the .npy files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="799"/>
        <location filename="../app/clicommands.cpp" line="891"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="803"/>
        <source>Fit a Stage-1 model on a dataset and store the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="812"/>
        <source>List the project&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="814"/>
        <source>Evaluate a stored run on its validation rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="817"/>
        <location filename="../app/clicommands.cpp" line="825"/>
        <source>Run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="822"/>
        <source>Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="826"/>
        <source>Output file, .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="830"/>
        <source>Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores a child run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="834"/>
        <source>Labelled pairs per context (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="835"/>
        <source>micro (Hedge targets, default) or hyre (per-context weights).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="839"/>
        <source>Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="843"/>
        <source>Pairs per context (default 1,2,4,8,16,32,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="843"/>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="844"/>
        <source>Draws per budget (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="845"/>
        <source>Also write the curve to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="849"/>
        <source>Held-out NLL and BIC for each K in a range, and the suggested K; stored with the dataset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="854"/>
        <source>Range of K (default 1..6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="854"/>
        <source>A..B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="855"/>
        <source>em (default) or gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="856"/>
        <source>Epochs of gradient fits (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="857"/>
        <source>Held-out share (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="859"/>
        <source>Also write the table to a .json or .csv file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="865"/>
        <source>Time one online Hedge update and one adapted-router epoch over labelled pairs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="868"/>
        <source>Heads (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="869"/>
        <source>Labelled pairs (default 500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="870"/>
        <source>Prompt features (default 64; plus 2 context columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="875"/>
        <source>Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="878"/>
        <source>CSV with columns y, d1..dD, x1..xP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="879"/>
        <source>Components (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="880"/>
        <source>Random starts besides the gradient start (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="881"/>
        <source>Iteration cap (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="888"/>
        <source>Time Stage-1 training on the .npy triple of shared/bench/make_synth.py.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="891"/>
        <source>Folder with chosen.npy, rejected.npy, prompt.npy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="892"/>
        <source>Heads (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="893"/>
        <source>Epochs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="895"/>
        <source>Peak learning rate (default 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="907"/>
        <source>Usage: micro-cli &lt;command&gt; [options]   (micro-cli &lt;command&gt; --help for its options)

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="925"/>
        <source>Unknown command &quot;%1&quot;; &apos;micro-cli --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="931"/>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="944"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="966"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="16"/>
        <source>Demo dataset &quot;%1&quot;: synthetic preferences from groups the prompt reveals.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="23"/>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="33"/>
        <source>True model: accuracy %1, NLL %2. Any single BT model&apos;s expected cross-entropy is at least %3 (METHOD.md, Theory).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="39"/>
        <source>Cancelled before all models were trained.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui</name>
    <message>
        <location filename="../ui/errortext.cpp" line="20"/>
        <source>File not found: %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="22"/>
        <source>Cannot read %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>Cannot write %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>%1 is not in the expected format: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="28"/>
        <source>Shapes do not match in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="30"/>
        <source>%1 contains NaN or Inf at %2; clean the features before training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>No dataset named &quot;%1&quot; in this project; &apos;micro-cli runs&apos; and the Data view list what is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>No usable run %1 in this project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>A dataset named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>Invalid value for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="42"/>
        <source>%1 was written by a newer MiCRo Studio (schema version %2); update the program to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="45"/>
        <source>%1 is not a MiCRo Studio project%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="47"/>
        <source>The project file %1 could not be updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="49"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="53"/>
        <source>Unexpected internal error in %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::AdaptDialog</name>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="19"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="21"/>
        <source>Adapt routing to contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="24"/>
        <source>Dataset with the labelled pairs and their contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="25"/>
        <source>MiCRo: route per prompt and context (Hedge targets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="26"/>
        <source>HyRe: one weight vector per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="29"/>
        <source>Labelled pairs per context (paper: 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="33"/>
        <source>Temperature of the Hedge targets: 0.001 (paper) gives near one-hot targets; 1 gives the posterior responsibilities, often better with few labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="41"/>
        <source>Heads of &lt;b&gt;%1&lt;/b&gt; stay fixed; the router learns from labelled pairs per context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="42"/>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="43"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="44"/>
        <source>&amp;Pairs per context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="45"/>
        <source>&amp;Temperature (tau):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="46"/>
        <source>&amp;Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="47"/>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="48"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="58"/>
        <source>&amp;Adapt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::AssignmentView</name>
    <message>
        <location filename="../ui/assignmentview.cpp" line="63"/>
        <source>%1: agreement with known groups ARI %2, NMI %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="77"/>
        <source>hard assignment (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="78"/>
        <location filename="../ui/assignmentview.cpp" line="102"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="80"/>
        <source>C&amp;olour by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="90"/>
        <source>Select a finished run to see its subgroups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="94"/>
        <source>first principal component of the router input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="95"/>
        <source>second principal component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="103"/>
        <source>head (hard assignment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="142"/>
        <source>Projecting the comparisons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="175"/>
        <source>No assignments to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="218"/>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="218"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="27"/>
        <location filename="../ui/compareview.cpp" line="65"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="28"/>
        <location filename="../ui/compareview.cpp" line="64"/>
        <source>validation NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="29"/>
        <source>ARI (known groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="30"/>
        <source>NMI (known groups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="31"/>
        <source>true-head recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="57"/>
        <source>Select two or more runs in the table (Ctrl+click) to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compareview.cpp" line="58"/>
        <source>Comparing %n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="66"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="104"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="104"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="104"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="51"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="51"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="66"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="67"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="68"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="69"/>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="70"/>
        <source>Known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="71"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="72"/>
        <source>Posterior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="73"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::CurvePlot</name>
    <message>
        <location filename="../ui/curveplot.cpp" line="16"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="17"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="18"/>
        <source>negative log-likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="19"/>
        <location filename="../ui/curveplot.cpp" line="35"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="33"/>
        <source>training NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="34"/>
        <source>validation NLL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::DataView</name>
    <message>
        <location filename="../ui/dataview.cpp" line="63"/>
        <source>Show one context only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Show one known group only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Training or validation rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="65"/>
        <source>Rows assigned to one head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>chosen response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="67"/>
        <source>rejected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="70"/>
        <source>Search prompts, responses, ids and contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="164"/>
        <source>any context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="165"/>
        <source>any known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="166"/>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="166"/>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="166"/>
        <source>any split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="167"/>
        <source>any head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="182"/>
        <source>%1 of %2 comparisons (box selection in Subgroups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="183"/>
        <source>%1 of %2 comparisons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::HeadAccuracyView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="171"/>
        <source>No contexts or known groups on this run&apos;s rows to score the heads on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="172"/>
        <source>Accuracy of each head alone, by %1 (★ best head) — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="173"/>
        <location filename="../ui/weightsview.cpp" line="210"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="173"/>
        <location filename="../ui/weightsview.cpp" line="210"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="214"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="220"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <location filename="../ui/mainwindow.cpp" line="501"/>
        <source>MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;Export View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>Export Runs &amp;Table…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Re&amp;name Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>&amp;Tag Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>&amp;Delete Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>Delete Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>Delete run %1 &quot;%2&quot; with its epochs, parameters and assignments? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Run &amp;Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>Generate synthetic preferences from three groups and fit a single BT, a static mixture and MiCRo (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="154"/>
        <source>&amp;Train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Adapt Routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Stage 2: keep the selected run&apos;s heads and learn routing from a few labelled pairs per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="191"/>
        <source>Tag run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Rename run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>Training &amp;curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="229"/>
        <source>%n comparisons selected in the Subgroups view; the Comparisons table shows them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>Compari&amp;sons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Su&amp;bgroups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="233"/>
        <source>Mixture &amp;weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="234"/>
        <source>&amp;Head accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="235"/>
        <source>&amp;Routing convergence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>&amp;Model choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>Com&amp;pare runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>Open or create a project, or run the demo (Ctrl+D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="274"/>
        <source>Cancel or wait for the running job before switching projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>%1 — MiCRo Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="291"/>
        <source>Training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="295"/>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="380"/>
        <source>Adaptation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Adapt Routing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="395"/>
        <source>Select a finished run with at least two heads; its heads stay fixed while the routing adapts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>%1 queued (%n waiting).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="427"/>
        <source>%p% · %1:%2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="438"/>
        <source>%1: epoch %2, validation accuracy %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="453"/>
        <source>%1 running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>Cancelling; the queued jobs were dropped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Failed; the project is as it was before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>Cancelled; the unfinished run was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="549"/>
        <location filename="../ui/mainwindow.cpp" line="555"/>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="550"/>
        <source>MiCRo Studio projects (*.micro)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>%1 is the open project; choose another name for the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="572"/>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="573"/>
        <source>MiCRo Studio projects (*.micro);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="591"/>
        <source>This project has no dataset yet; run the demo (Ctrl+D) to generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="604"/>
        <source>Export View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="689"/>
        <source>Export Runs Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="690"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="605"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="620"/>
        <location filename="../ui/mainwindow.cpp" line="699"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::ModelChoiceView</name>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="35"/>
        <source>No model choice yet for this dataset: run micro-cli select-k to compare K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="36"/>
        <source>Choosing K on %1: suggested K = %2 (lowest BIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="38"/>
        <source>K (heads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="39"/>
        <location filename="../ui/modelchoiceview.cpp" line="55"/>
        <source>held-out NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="40"/>
        <location filename="../ui/modelchoiceview.cpp" line="60"/>
        <source>BIC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RoutingView</name>
    <message>
        <location filename="../ui/routingview.cpp" line="23"/>
        <source>&amp;Context:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="88"/>
        <source>No routing history: adapt a run to a few labelled pairs per context (micro-cli adapt) to see Hedge converge here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="93"/>
        <source>Routing convergence in context %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="105"/>
        <location filename="../ui/routingview.cpp" line="108"/>
        <source>labelled pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="106"/>
        <source>head weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="109"/>
        <source>cumulative loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="123"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="134"/>
        <source>mixture (Hedge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="138"/>
        <source>best single head in hindsight (regret %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="156"/>
        <source>labelled pairs per context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="157"/>
        <source>held-out accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="168"/>
        <source>MiCRo routing (mean ± sd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="169"/>
        <source>HyRe (mean ± sd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="67"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="68"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="69"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="125"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="126"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="127"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="128"/>
        <source>Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="129"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="130"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="131"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="132"/>
        <source>Val. accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="133"/>
        <source>Val. NLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="134"/>
        <source>ARI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="135"/>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::TrainDialog</name>
    <message>
        <location filename="../ui/traindialog.cpp" line="19"/>
        <source>Train a Stage-1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="21"/>
        <source>MiCRo (router reads the prompt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="22"/>
        <source>Single BT (one head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="23"/>
        <source>Static mixture (no router input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="27"/>
        <source>Number of reward heads. Over-estimating K is harmless; under-estimating hurts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="28"/>
        <source>linear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="29"/>
        <source>MLP (128 ReLU units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="35"/>
        <source>Weight of the router-entropy term that keeps heads from collapsing (paper: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="44"/>
        <source>Peak AdamW learning rate; cosine schedule with 5% warm-up (paper: 0.002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="50"/>
        <source>Share of comparisons held out for validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="63"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="64"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="65"/>
        <source>&amp;Heads (K):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="66"/>
        <source>&amp;Router:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="67"/>
        <source>&amp;Entropy weight (alpha):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="68"/>
        <source>E&amp;pochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="69"/>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="70"/>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="71"/>
        <source>&amp;Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="72"/>
        <source>&amp;Validation share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="74"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>micro::ui::WeightsView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="83"/>
        <source>epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="84"/>
        <source>mean weight (head usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="103"/>
        <source>No contexts or known groups on this run&apos;s rows to break the router weights down by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="104"/>
        <source>Mean router weight per head, by %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="105"/>
        <location filename="../ui/weightsview.cpp" line="131"/>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="105"/>
        <location filename="../ui/weightsview.cpp" line="131"/>
        <source>known group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="118"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="133"/>
        <source>mean router weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
